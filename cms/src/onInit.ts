import type { Migration, Payload } from 'payload'

import { backfillMediaUse } from './media/backfillMediaUse'

/**
 * Runs once when Payload starts, after the adapter connected (on MongoDB that connect already
 * refused an unsafe database: see mongodb/guardMongoConnect). Migrates, then records the usage
 * of files stored before it was tracked.
 */
export const onInit = async (payload: Payload): Promise<void> => {
  // In production the adapter ran its prodMigrations at connect; elsewhere the same list runs
  // here, so `npm run dev`, the seed and the tests never meet an unmigrated database, on SQLite
  // (whose schema only migrations build) and on MongoDB alike. Already-run migrations are skipped.
  if (process.env.NODE_ENV !== 'production') {
    const { prodMigrations } = payload.db as { prodMigrations?: unknown[] }
    if (prodMigrations) await payload.db.migrate({ migrations: prodMigrations as Migration[] })
  }
  await backfillMediaUse({ payload })
}
