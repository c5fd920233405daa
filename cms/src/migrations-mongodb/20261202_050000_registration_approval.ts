import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB counterpart of the SQLite migration 20261202_045935_registration_approval, whose
 * column defaults made every existing account active and its e-mail address confirmed. Payload's
 * session check needs `_verified: true` stored, and the queue of registrations queries the status.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await payload.db.updateMany({
    collection: 'users',
    where: { accountStatus: { exists: false } },
    data: { accountStatus: 'active', updatedAt: null },
    req,
    returning: false,
  })
  await payload.db.updateMany({
    collection: 'users',
    where: { _verified: { exists: false } },
    data: { _verified: true, updatedAt: null },
    req,
    returning: false,
  })
}

/** A backfill is not undone: the values it wrote are the ones Payload reads anyway. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
