import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { sql } from '@payloadcms/db-sqlite'
import type { Measurement, Practice } from '@redcloud/cms/payload-types'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MIGRATED_MEASUREMENT_SOURCE } from '../src/backfills/MIGRATED_MEASUREMENT_SOURCE'
import { down, up } from '../src/migrations/20261202_081101_indicators_and_measurements'
import { up as upReplicationMeasurements } from '../src/migrations/20261202_160829_replication_measurements'
import { measuredValuesMongoMigration } from '../src/practices/measuredValuesMongoMigration'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'

type Db = {
  all: (query: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]>
  run: (query: ReturnType<typeof sql>) => Promise<unknown>
}

let ctx: TestContext
const isMongo = () => ctx.databaseUrl.startsWith('mongodb')

beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

/** Two published practices with indicator rows: one with an activity end date, one without. */
const practicesToMigrate = async () => {
  const { docs } = await ctx.payload.find({
    collection: 'practices',
    where: { _status: { equals: 'published' } },
    limit: 0,
    depth: 0,
  })
  const withRows = (docs as Practice[]).filter((doc) => (doc.qualityIndicators ?? []).length > 0)
  const ended = withRows.find((doc) => doc.activity?.endDate)!
  const open = withRows.find((doc) => !doc.activity?.endDate && doc.publishedAt)!
  expect(ended && open).toBeTruthy()
  return { ended, open }
}

const measurementsOf = async (practice: number | string) =>
  (
    await ctx.payload.find({
      collection: 'measurements',
      where: { practice: { equals: practice } },
      limit: 0,
      depth: 0,
      sort: 'id',
    })
  ).docs as Measurement[]

describe('Migration 20261202_081101: measured values become confirmed measurements, rows get keys', () => {
  it('SQLite: from the old schema, every measured value is kept as a published measurement of its row', async (test) => {
    if (isMongo()) test.skip()
    const db = (ctx.payload.db as unknown as { drizzle: Db }).drizzle
    const payload = ctx.payload
    const req = await createLocalReq({}, payload)
    const { ended, open } = await practicesToMigrate()

    await down({ db, payload, req } as Parameters<typeof down>[0])
    // The old schema: rows without keys or library picks, a `measured` value on some.
    const columns = (await db.all(sql`PRAGMA table_info(practices_quality_indicators)`)).map((c) => c.name)
    expect(columns).toContain('measured')
    expect(columns).not.toContain('key')
    await db.run(sql`UPDATE practices_quality_indicators SET measured = NULL`)
    const rowIds = async (practice: number | string) =>
      (
        await db.all(
          sql`SELECT id FROM practices_quality_indicators WHERE _parent_id = ${practice} ORDER BY _order`,
        )
      ).map((row) => String(row.id))
    const [endedRow] = await rowIds(ended.id)
    const [openRow] = await rowIds(open.id)
    await db.run(sql`UPDATE practices_quality_indicators SET measured = 77.5 WHERE id = ${endedRow!}`)
    await db.run(sql`UPDATE practices_quality_indicators SET measured = 12 WHERE id = ${openRow!}`)

    await up({ db, payload, req } as Parameters<typeof up>[0])
    // The one later migration that reshapes measurements (`down` above dropped the tables).
    await upReplicationMeasurements({ db, payload, req } as Parameters<typeof upReplicationMeasurements>[0])

    const all = (await ctx.payload.find({ collection: 'measurements', limit: 0, depth: 0 })).docs
    expect(all).toHaveLength(2)
    const [fromEnded] = await measurementsOf(ended.id)
    expect(fromEnded).toMatchObject({
      indicatorKey: endedRow,
      value: 77.5,
      source: MIGRATED_MEASUREMENT_SOURCE,
      _status: 'published',
      workflow: expect.objectContaining({ stage: 'published' }),
    })
    expect(fromEnded!.date.slice(0, 10)).toBe(ended.activity!.endDate!.slice(0, 10))
    expect(String(fromEnded!.unit)).toBe(String(ended.unit))
    expect(String(fromEnded!.author)).toBe(String(ended.author))
    const [fromOpen] = await measurementsOf(open.id)
    expect(fromOpen).toMatchObject({ indicatorKey: openRow, value: 12 })
    expect(fromOpen!.date).toBe(new Date(open.publishedAt!).toISOString())
    // every row has its key (its row id), custom, in the practice and in its versions
    const rows = (await ctx.payload.findByID({ collection: 'practices', id: ended.id, depth: 0 }))
      .qualityIndicators!
    expect(rows.map((row) => row.key)).toEqual(await rowIds(ended.id))
    expect(rows.every((row) => row.custom === true)).toBe(true)
    const unkeyed = await db.all(
      sql`SELECT COUNT(*) AS n FROM _practices_v_version_quality_indicators WHERE key IS NULL`,
    )
    expect(Number(unkeyed[0]!.n)).toBe(0)
    // anonymous visitors see them as any confirmed measurement of a published practice
    const { docs } = await ctx.payload.find({
      collection: 'measurements',
      overrideAccess: false,
      limit: 0,
      depth: 0,
    })
    expect(docs.map((doc) => doc.value).sort()).toEqual([12, 77.5])
  })

  it('MongoDB: the same from raw documents, and a second run changes nothing', async (test) => {
    if (!isMongo()) test.skip()
    const payload = ctx.payload
    const adapter = payload.db as unknown as MongooseAdapter
    const raw = adapter.collections.practices!.collection
    const { ended } = await practicesToMigrate()
    const doc = (await raw.findOne({ _id: ended.id as never })) as unknown as {
      _id: unknown
      qualityIndicators: Record<string, unknown>[]
    }
    const old = doc.qualityIndicators.map(
      ({ key: _key, custom: _custom, indicator: _indicator, ...row }, i) =>
        i === 0 ? { ...row, measured: 41 } : row,
    )
    await raw.updateOne({ _id: doc._id as never }, { $set: { qualityIndicators: old } })
    const before = (await measurementsOf(ended.id)).length
    const req = await createLocalReq({}, payload)
    await measuredValuesMongoMigration.up({ payload, req } as Parameters<
      typeof measuredValuesMongoMigration.up
    >[0])
    const after = await measurementsOf(ended.id)
    expect(after).toHaveLength(before + 1)
    expect(after.at(-1)).toMatchObject({ value: 41, indicatorKey: String(old[0]!.id), _status: 'published' })
    const migrated = (await raw.findOne({ _id: doc._id as never })) as unknown as {
      qualityIndicators: Record<string, unknown>[]
    }
    expect(
      migrated.qualityIndicators.every((row) => !('measured' in row) && typeof row.key === 'string'),
    ).toBe(true)
    await measuredValuesMongoMigration.up({ payload, req } as Parameters<
      typeof measuredValuesMongoMigration.up
    >[0])
    expect(await measurementsOf(ended.id)).toHaveLength(before + 1)
  })
})
