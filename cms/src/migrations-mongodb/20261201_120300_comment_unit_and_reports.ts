import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillCommentStamps } from '../backfills/backfillCommentStamps'

/**
 * MongoDB counterpart of the SQLite migration 20261122_232534_comment_unit_and_reports: comments
 * written before then get their author's unit name and a report count.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillCommentStamps({ payload, req })
}

/** A backfill is not undone: new comments carry the same values. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
