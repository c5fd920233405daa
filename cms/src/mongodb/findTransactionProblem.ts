import type { MongooseAdapter } from '@payloadcms/db-mongodb'

type Hello = { msg?: string; setName?: string }

const WHY =
  'the workflow changes a stage and records its event together or not at all, which needs transactions.'

/** Why the adapter has no transactions, in the operator's terms, from what the server says it is. */
const explain = async (adapter: Pick<MongooseAdapter, 'connection'>): Promise<string> => {
  let hello: Hello | null = null
  try {
    hello = ((await adapter.connection.db?.admin().command({ hello: 1 })) as Hello | undefined) ?? null
  } catch {
    hello = null
  }
  if (hello?.msg === 'isdbgrid')
    return (
      'Transactions are off: DATABASE_URL points at a mongos router (a sharded cluster), and Payload turns ' +
      'transactions off on every connection whose URL has no replicaSet parameter, which a mongos cannot be ' +
      `given. Connect RedCloud to a replica set instead; ${WHY}`
    )
  if (hello?.setName)
    return (
      `Transactions are off: DATABASE_URL has no replicaSet parameter, so Payload turned them off although the ` +
      `server belongs to the replica set "${hello.setName}". Add ?replicaSet=${hello.setName} to DATABASE_URL ` +
      `(mongodb://<host>:27017/redcloud?replicaSet=${hello.setName}); ${WHY}`
    )
  if (hello)
    return (
      'Transactions are off: MongoDB runs as a standalone server, which has none. Start mongod with ' +
      '--replSet rs0, run rs.initiate() once, and add ?replicaSet=rs0 to DATABASE_URL (docker-compose.yml ' +
      `does all three); ${WHY}`
    )
  return `Transactions are off: DATABASE_URL needs ?replicaSet=<name of the replica set>; ${WHY}`
}

/**
 * Proves, after the adapter connected, that it really runs transactions: Payload swaps in a
 * beginTransaction that returns no id when the client options lack `replicaSet`. Starts one,
 * reads inside it, ends it. Returns what is wrong and how to fix it, or null.
 */
export const findTransactionProblem = async (
  adapter: Pick<
    MongooseAdapter,
    | 'beginTransaction'
    | 'collections'
    | 'connection'
    | 'rollbackTransaction'
    | 'sessions'
    | 'transactionOptions'
  >,
): Promise<null | string> => {
  if (!adapter.transactionOptions) return explain(adapter)
  const id = await adapter.beginTransaction()
  if (id === null || id === undefined) return explain(adapter)
  const session = adapter.sessions[id]
  try {
    if (!session?.inTransaction()) return explain(adapter)
    const probe = adapter.collections['payload-migrations']?.collection.collectionName ?? 'payload-migrations'
    await adapter.connection.db?.collection(probe).findOne({}, { session })
  } catch (error) {
    return `Transactions are off: MongoDB refused a read inside a transaction (${(error as Error).message}); ${WHY}`
  } finally {
    await adapter.rollbackTransaction(id)
  }
  return null
}
