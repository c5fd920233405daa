import type { Client, TransactionMode } from '@libsql/client'

const kept = new WeakSet<Client>()

/**
 * Runs `pragmas` on the client's connection now and on every connection it opens later.
 * libsql hands its connection to each transaction and lazily opens a new one for what follows,
 * so per-connection settings made once at connect (busy timeout, synchronous) were gone after
 * the first transaction: every later commit waited for an fsync the settings had turned off.
 */
export const keepConnectionSettings = async (client: Client, pragmas: string[]): Promise<void> => {
  const apply = async () => {
    for (const pragma of pragmas) await client.execute(`PRAGMA ${pragma}`)
  }
  // Connecting again (Next.js hot reload) keeps the client: wrap it once.
  if (kept.has(client)) return apply()
  kept.add(client)
  const transaction = client.transaction.bind(client)
  client.transaction = async (mode?: TransactionMode) => {
    const handedOver = await transaction(mode)
    // A statement here opens the connection that the next transaction takes in its turn.
    await apply()
    return handedOver
  }
  await apply()
}
