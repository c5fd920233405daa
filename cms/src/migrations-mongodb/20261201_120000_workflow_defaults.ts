import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB counterpart of the SQLite migration 20261122_144134_staged_approval, whose column
 * defaults gave every existing practice the stage `draft` at revision 0. MongoDB has no column
 * defaults: a practice stored before the workflow existed has no stage to query and no revision
 * to condition a write on, so it gets them here. Versions are left alone (Payload reads their
 * defaults, and no query selects versions by stage or revision).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await payload.db.updateMany({
    collection: 'practices',
    where: { 'workflow.stage': { exists: false } },
    data: { workflow: { stage: 'draft', revision: 0 }, updatedAt: null },
    req,
    returning: false,
  })
}

/** A backfill is not undone: the values it wrote are the ones Payload reads anyway. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
