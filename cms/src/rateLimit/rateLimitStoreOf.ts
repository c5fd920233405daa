import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { createMemoryRateLimitStore } from './createMemoryRateLimitStore'
import { createMongoRateLimitStore, type RateLimitDocument } from './createMongoRateLimitStore'
import { createSqliteRateLimitStore } from './createSqliteRateLimitStore'
import type { RateLimitStore } from './RateLimitStore'

const stores = new WeakMap<Payload, RateLimitStore>()

/** The SQLite file a `file:` URL names, or null for an in-memory database. */
const sqliteFileOf = (url: unknown): null | string => {
  if (typeof url !== 'string' || !url.startsWith('file:')) return null
  const file = url.replace(/^file:(\/\/)?/, '').split('?')[0] ?? ''
  return file === '' || file === ':memory:' ? null : file
}

/**
 * The rate-limit counters every CMS instance on this database shares: MongoDB keeps them in the
 * database itself (`rate-limits`, with a TTL index); SQLite in a file beside the database
 * (`<database>-rate-limits`, see createSqliteRateLimitStore for why not in it), which every
 * process on the machine opens. An in-memory SQLite database (one process by definition) counts
 * in memory. One store per Payload instance.
 */
export const rateLimitStoreOf = (payload: Payload): RateLimitStore => {
  const known = stores.get(payload)
  if (known) return known
  let store: RateLimitStore
  if (payload.db.name === 'mongoose') {
    const adapter = payload.db as unknown as MongooseAdapter
    store = createMongoRateLimitStore({
      collection: () => {
        const db = adapter.connection.db
        if (!db) throw new Error('The rate-limit store needs the MongoDB connection open.')
        return db.collection<RateLimitDocument>('rate-limits')
      },
    })
  } else {
    const file = sqliteFileOf((payload.db as unknown as SQLiteAdapter).clientConfig?.url)
    store = file ? createSqliteRateLimitStore({ file: `${file}-rate-limits` }) : createMemoryRateLimitStore()
  }
  stores.set(payload, store)
  return store
}
