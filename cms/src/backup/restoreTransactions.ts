import type { Payload } from 'payload'

type SQLiteAdapter = {
  sessions: Record<string, { db: unknown }>
  execute: (args: { db: unknown; raw: string }) => Promise<unknown>
}

/**
 * How a restore groups its writes into transactions, per adapter.
 * - SQLite enforces foreign keys, and documents refer to others written later (a practice to its
 *   unit, a unit to its parent): one transaction for the whole restore, the checks deferred to
 *   its commit, which also makes the restore all or nothing.
 * - MongoDB checks no reference, but ends a transaction after 60 s: a commit every 200 records.
 */
export const restoreTransactions = (payload: Payload) => {
  const sqlite = payload.db.name === 'sqlite'
  return {
    batchSize: sqlite ? Number.POSITIVE_INFINITY : 200,
    begin: async (): Promise<number | string | undefined> => {
      const id = (await payload.db.beginTransaction()) ?? undefined
      if (sqlite && id !== undefined) {
        const adapter = payload.db as unknown as SQLiteAdapter
        await adapter.execute({ db: adapter.sessions[id]?.db, raw: 'PRAGMA defer_foreign_keys = ON' })
      }
      return id
    },
  }
}
