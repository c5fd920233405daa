import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB counterpart of the SQLite migration 20261122_145624_notifications, whose column default
 * gave every existing account the notification mode `immediate`.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await payload.db.updateMany({
    collection: 'users',
    where: { notificationMode: { exists: false } },
    data: { notificationMode: 'immediate', updatedAt: null },
    req,
    returning: false,
  })
}

/** A backfill is not undone: the value it wrote is the one Payload reads anyway. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
