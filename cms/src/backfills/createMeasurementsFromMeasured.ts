import type { BackfillArgs } from './BackfillArgs'
import type { MeasuredValue } from './MeasuredValue'
import { measurementDate } from './measurementDate'
import { MIGRATED_MEASUREMENT_SOURCE } from './MIGRATED_MEASUREMENT_SOURCE'

/**
 * Each old `measured` value becomes a confirmed (published) measurement of its row, dated the
 * practice's activity end date, else its publication date, else today. Through the adapter, so
 * it follows the collection as it is now: MongoDB's migration uses it (documents take any
 * shape); SQLite's inserts in SQL into the tables as that migration made them
 * (`insertMeasuredAsSql`), since later migrations add columns. One write at a time, in the
 * migration's transaction.
 */
export const createMeasurementsFromMeasured = async ({
  now = new Date(),
  payload,
  req,
  values,
}: BackfillArgs & { now?: Date; values: MeasuredValue[] }): Promise<number> => {
  const stamp = now.toISOString()
  for (const measured of values) {
    const data = {
      practice: measured.practice,
      indicatorKey: measured.key,
      date: measurementDate(measured, stamp),
      value: measured.value,
      source: MIGRATED_MEASUREMENT_SOURCE,
      unit: measured.unit ?? null,
      author: measured.author ?? null,
      workflow: { stage: 'published', revision: 0, stageEnteredAt: stamp },
      _status: 'published',
      createdAt: stamp,
      updatedAt: stamp,
    }
    const doc = await payload.db.create({ collection: 'measurements', data, req })
    await payload.db.createVersion({
      collectionSlug: 'measurements',
      parent: doc.id as number | string,
      versionData: { ...data, id: doc.id },
      autosave: false,
      createdAt: stamp,
      updatedAt: stamp,
      req,
    })
  }
  return values.length
}
