import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { createMeasurementsFromMeasured } from '../backfills/createMeasurementsFromMeasured'
import type { MeasuredValue } from '../backfills/MeasuredValue'

type Row = Record<string, unknown> & { id?: unknown; key?: unknown; measured?: unknown }
type RawPractice = {
  _id: unknown
  activity?: { endDate?: unknown } | null
  author?: unknown
  publishedAt?: unknown
  qualityIndicators?: Row[] | null
  unit?: unknown
  version?: { qualityIndicators?: Row[] | null } | null
}
type Collection = {
  find: (filter: object, options?: object) => { toArray: () => Promise<RawPractice[]> }
  updateOne: (filter: object, update: object, options?: object) => Promise<unknown>
}

const driverCollection = (payload: MigrateUpArgs['payload'], versions: boolean): Collection => {
  const db = payload.db as unknown as {
    collections?: Record<string, { collection?: Collection }>
    versions?: Record<string, { collection?: Collection }>
  }
  const model = (versions ? db.versions : db.collections)?.practices
  if (!model?.collection) throw new Error('No MongoDB collection for practices: is this the MongoDB adapter?')
  return model.collection
}

const text = (value: unknown) => (value === null || value === undefined ? null : String(value))

const dateText = (value: unknown) =>
  value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null

/** Each row keyed by its row id, marked custom, without `measured`. */
const convertRows = (rows: Row[]) =>
  rows.map(({ measured: _measured, ...row }) => ({
    ...row,
    key: typeof row.key === 'string' && row.key !== '' ? row.key : String(row.id),
    custom: true,
  }))

/**
 * MongoDB's side of the SQLite migration 20261202_081101_indicators_and_measurements: every old
 * `measured` value of a practice's indicator row becomes a confirmed measurement of that row
 * (through the adapter, as on SQLite), and every row, in the practice and in its versions, gets
 * its key (its row id) and `custom: true`, and loses `measured`. Raw documents are read through
 * the driver: the adapter would no longer return a field the configuration dropped.
 */
export const measuredValuesMongoMigration = {
  up: async ({ payload, req, session }: MigrateUpArgs): Promise<void> => {
    const practices = driverCollection(payload, false)
    const values: MeasuredValue[] = []
    const docs = await practices.find({ qualityIndicators: { $exists: true } }, { session }).toArray()
    for (const doc of docs) {
      const rows = doc.qualityIndicators ?? []
      for (const row of rows) {
        if (typeof row.measured !== 'number' || Number.isNaN(row.measured)) continue
        values.push({
          practice: String(doc._id),
          key: typeof row.key === 'string' && row.key !== '' ? row.key : String(row.id),
          value: row.measured,
          activityEndDate: dateText(doc.activity?.endDate),
          publishedAt: dateText(doc.publishedAt),
          unit: text(doc.unit),
          author: text(doc.author),
        })
      }
      if (rows.some((row) => 'measured' in row || typeof row.key !== 'string' || row.custom === undefined)) {
        await practices.updateOne(
          { _id: doc._id },
          { $set: { qualityIndicators: convertRows(rows) } },
          { session },
        )
      }
    }
    const versions = driverCollection(payload, true)
    const old = await versions
      .find({ 'version.qualityIndicators': { $elemMatch: { key: { $exists: false } } } }, { session })
      .toArray()
    for (const doc of old) {
      await versions.updateOne(
        { _id: doc._id },
        { $set: { 'version.qualityIndicators': convertRows(doc.version?.qualityIndicators ?? []) } },
        { session },
      )
    }
    await createMeasurementsFromMeasured({ payload, req, values })
  },
  /** Measurements stay: nothing is lost by keeping them beside rows that no longer read them. */
  down: async (_args: MigrateDownArgs): Promise<void> => {},
}
