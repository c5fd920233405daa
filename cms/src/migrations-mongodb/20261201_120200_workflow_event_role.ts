import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillWorkflowEventRoles } from '../backfills/backfillWorkflowEventRoles'

/**
 * MongoDB counterpart of the SQLite migration 20261122_225455_workflow_event_role: events
 * recorded before the role existed get the one the plugin's defaultActorRole gives.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillWorkflowEventRoles({ payload, req })
}

/** A backfill is not undone: the history keeps the roles. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
