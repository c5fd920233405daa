import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Migration } from 'payload'

import { assertSafeMongoDB } from './assertSafeMongoDB'

const CONNECTED = 1

/**
 * Runs the start-up checks as part of the adapter's connect, so that nothing — the server, a seed,
 * `payload migrate` (which skips onInit) — works on an unsafe database. Payload's connect would
 * run `prodMigrations` before anyone could check; they are held back and run here once the checks
 * pass, still during connect. A failed index build (ensureIndexes) is reported with what it left
 * missing.
 */
export const guardMongoConnect = <T extends MongooseAdapter>(adapter: T): T => {
  const connect = adapter.connect
  if (!connect) return adapter
  adapter.connect = async (options) => {
    const migrations = adapter.prodMigrations
    adapter.prodMigrations = undefined
    try {
      await connect.call(adapter, options)
    } catch (error) {
      if (adapter.connection?.readyState === CONNECTED)
        await assertSafeMongoDB({ adapter, buildError: error })
      throw error
    } finally {
      adapter.prodMigrations = migrations
    }
    await assertSafeMongoDB({ adapter })
    if (process.env.NODE_ENV === 'production' && migrations)
      await adapter.migrate({ migrations: migrations as unknown as Migration[] })
  }
  return adapter
}
