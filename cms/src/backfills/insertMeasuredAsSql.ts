import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

import { measurementDate } from './measurementDate'
import type { MeasuredValue } from './MeasuredValue'
import { MIGRATED_MEASUREMENT_SOURCE } from './MIGRATED_MEASUREMENT_SOURCE'

/**
 * SQLite's migration 20261202_081101: each old `measured` value becomes a confirmed measurement
 * and its one version, written into the columns that migration created. Not through the adapter:
 * the adapter writes every column the collection has *today*, and later migrations add some
 * (`replication_id`), which an old database does not have yet at this step.
 */
export const insertMeasuredAsSql = async ({
  db,
  values,
  now = new Date(),
}: {
  db: MigrateUpArgs['db']
  values: MeasuredValue[]
  now?: Date
}): Promise<number> => {
  const stamp = now.toISOString()
  for (const measured of values) {
    const date = measurementDate(measured, stamp)
    const row = (await db.all(sql`
      INSERT INTO measurements (practice_id, indicator_key, date, value, source, unit_id, author_id,
        workflow_stage, workflow_revision, workflow_stage_entered_at, updated_at, created_at, _status)
      VALUES (${measured.practice}, ${measured.key}, ${date}, ${measured.value}, ${MIGRATED_MEASUREMENT_SOURCE},
        ${measured.unit ?? null}, ${measured.author ?? null}, 'published', 0, ${stamp}, ${stamp}, ${stamp}, 'published')
      RETURNING id`)) as { id: number }[]
    await db.run(sql`
      INSERT INTO _measurements_v (parent_id, version_practice_id, version_indicator_key, version_date,
        version_value, version_source, version_unit_id, version_author_id, version_workflow_stage,
        version_workflow_revision, version_workflow_stage_entered_at, version_updated_at, version_created_at,
        version__status, created_at, updated_at, latest)
      VALUES (${row[0]!.id}, ${measured.practice}, ${measured.key}, ${date}, ${measured.value},
        ${MIGRATED_MEASUREMENT_SOURCE}, ${measured.unit ?? null}, ${measured.author ?? null}, 'published', 0,
        ${stamp}, ${stamp}, ${stamp}, 'published', ${stamp}, ${stamp}, 1)`)
  }
  return values.length
}
