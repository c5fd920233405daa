import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillPublishedAt } from '../collections/Practices/backfillPublishedAt'

/**
 * MongoDB counterpart of the SQLite migration 20261202_005555_published_at: published practices
 * get the date they were first published.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillPublishedAt({ payload, req })
}

/** A backfill is not undone: new publications carry the same value. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
