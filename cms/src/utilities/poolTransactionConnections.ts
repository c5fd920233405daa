import { type Client, type IntMode, LibsqlError, type TransactionMode } from '@libsql/client'
import Database from 'libsql'

import { keepConnectionSettings } from './keepConnectionSettings'
import { PooledTransaction } from './PooledTransaction'

type Options = {
  /** Opens a connection to the client's database file (`new Database(path)`). */
  open: () => Database.Database
  /** Run on the client's connection now and on each pooled connection when it is opened. */
  pragmas: string[]
  /** The client's intMode (libsql's default, and Payload's, is "number"). */
  intMode?: IntMode
  /** Connections kept open between transactions; more are opened when transactions overlap. */
  maxIdle?: number
}

const pooled = new WeakSet<Client>()

const begin: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

const mainFile = (rows: unknown[]): string | undefined =>
  (rows as { name?: unknown; file?: unknown }[]).find((row) => row.name === 'main')?.file as
    string | undefined

const asLibsqlError = (error: unknown) =>
  error instanceof Database.SqliteError
    ? new LibsqlError(error.message, error.code, error.rawCode, error)
    : error

const closeQuietly = (connection: Database.Database) => {
  try {
    // libsql frees a connection only once its statements are garbage: until then a transaction
    // left open would keep holding the write lock.
    if (connection.open && connection.inTransaction) connection.exec('ROLLBACK')
  } catch {
    // Closed all the same.
  }
  try {
    if (connection.open) connection.close()
  } catch {
    // A connection that cannot even close is dropped all the same.
  }
}

/**
 * Gives the client's transactions connections from a small pool instead of its own connection.
 * libsql hands its connection to each transaction and opens a new one for the next statement,
 * which then parses the whole schema again: 12–18 % of the CMS tests' CPU, and a cost every
 * write in production paid too. Here the client keeps its connection (and its settings) for
 * good, and a transaction borrows a pooled connection that already has the pragmas and the
 * parsed schema, and gives it back when it commits, rolls back or closes. A connection still in
 * a transaction then, or closed, is discarded, never lent again.
 *
 * Only for a database file that `open` provably reaches (the same file as the client's): an
 * in-memory database (each connection would be a database of its own) or a path `open` gets
 * wrong keeps libsql's behaviour, with keepConnectionSettings re-applying the pragmas.
 */
export const poolTransactionConnections = async (
  client: Client,
  { open, pragmas, intMode = 'number', maxIdle = 2 }: Options,
): Promise<'pooled' | 'unpooled'> => {
  const applyToClient = async () => {
    for (const pragma of pragmas) await client.execute(`PRAGMA ${pragma}`)
  }
  // Connecting again (Next.js hot reload) keeps the client: install once.
  if (pooled.has(client)) {
    await applyToClient()
    return 'pooled'
  }
  const openWithSettings = () => {
    const connection = open()
    try {
      for (const pragma of pragmas) connection.exec(`PRAGMA ${pragma}`)
    } catch (error) {
      closeQuietly(connection)
      throw asLibsqlError(error)
    }
    return connection
  }

  const clientFile = mainFile((await client.execute('PRAGMA database_list')).rows)
  let first: Database.Database | undefined
  try {
    first = openWithSettings()
    const file = mainFile(first.prepare('PRAGMA database_list').all())
    if (!clientFile || file !== clientFile) throw new Error('not the same database file')
  } catch {
    if (first) closeQuietly(first)
    await keepConnectionSettings(client, pragmas)
    return 'unpooled'
  }
  pooled.add(client)
  await applyToClient()

  const idle: Database.Database[] = [first]
  let closed = false
  const giveBack = (connection: Database.Database) => {
    let clean = false
    try {
      clean = connection.open && !connection.inTransaction
    } catch {
      // Asking a broken connection its state is an answer too.
    }
    if (clean && !closed && idle.length < maxIdle) idle.push(connection)
    else closeQuietly(connection)
  }

  client.transaction = async (mode: TransactionMode = 'write') => {
    if (client.closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
    const statement = begin[mode]
    if (!statement) throw new RangeError(`Unknown transaction mode "${mode}"`)
    const connection = idle.pop() ?? openWithSettings()
    try {
      connection.prepare(statement).run()
    } catch (error) {
      giveBack(connection)
      throw asLibsqlError(error)
    }
    return new PooledTransaction(connection, intMode, giveBack)
  }

  const close = client.close.bind(client)
  client.close = () => {
    closed = true
    for (const connection of idle.splice(0)) closeQuietly(connection)
    close()
  }
  return 'pooled'
}
