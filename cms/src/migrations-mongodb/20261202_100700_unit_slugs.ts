import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillUnitSlugs } from '../backfills/backfillUnitSlugs'

/**
 * MongoDB counterpart of the SQLite migration 20261202_100606_services_and_unit_slugs: units
 * get a slug from their name for their public pages (services need no data change).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillUnitSlugs({ payload, req })
}

/** A backfill is not undone: new units carry the same value. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
