import crypto from 'crypto'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import mongoose from 'mongoose'
import { BasePayload, type Payload, type Where } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { migrations as mongoMigrations } from '../../src/migrations-mongodb'
import { rateLimitStoreOf } from '../../src/rateLimit/rateLimitStoreOf'
import { loadAdapterModule } from './loadAdapterModule'
import { redcloudConfigFor } from './payloadWithoutServer'

/**
 * What only a real server shows: start-up against it, refusal of a URL without replicaSet and of
 * an index that duplicates prevent, and the query plans of the keyset reads. Runs when
 * MONGODB_TEST_URL names a replica set; each test uses a database of its own and drops it.
 */
const serverUrl = process.env.MONGODB_TEST_URL
const SKIPPED =
  'skipped: MONGODB_TEST_URL is not set (a replica set, e.g. mongodb://localhost:27017/?replicaSet=rs0)'
if (!serverUrl) console.warn(`[cms/test/mongodb/realServer.test.ts] ${SKIPPED}`)

const databaseUrl = (changes: { dropReplicaSet?: boolean } = {}) => {
  const url = new URL(serverUrl as string)
  url.pathname = `/redcloud_check_${crypto.randomBytes(5).toString('hex')}`
  if (changes.dropReplicaSet) url.searchParams.delete('replicaSet')
  return url.toString()
}

const started: Payload[] = []
/** Starts RedCloud on `url`; kept for cleanup even when start-up refuses (its connection is open). */
const start = async ({ url, onInit = false }: { url: string; onInit?: boolean }) => {
  const payload = new BasePayload()
  started.push(payload)
  return payload.init({ config: await redcloudConfigFor(url), disableOnInit: !onInit })
}

/** A raw driver connection to the database of `url`, for what must exist before Payload starts. */
const raw = async <T>(url: string, use: (db: mongoose.mongo.Db) => Promise<T>): Promise<T> => {
  const client = await new mongoose.mongo.MongoClient(url).connect()
  try {
    return await use(client.db())
  } finally {
    await client.close()
  }
}

afterAll(async () => {
  for (const payload of started) {
    await (payload.db as unknown as MongooseAdapter | undefined)?.connection?.dropDatabase().catch(() => {})
    await payload.destroy().catch(() => {})
  }
})

/** Every `stage` of an explain plan, and the key patterns of its index scans, however nested. */
const planOf = (explain: unknown) => {
  const stages: string[] = []
  const keyPatterns: Record<string, unknown>[] = []
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (typeof record.stage === 'string') stages.push(record.stage)
    if (record.keyPattern && typeof record.keyPattern === 'object')
      keyPatterns.push(record.keyPattern as Record<string, unknown>)
    for (const [key, value] of Object.entries(record)) if (key !== 'rejectedPlans') walk(value)
  }
  walk((explain as { queryPlanner?: { winningPlan?: unknown } }).queryPlanner?.winningPlan)
  return { stages, keyPatterns }
}

describe.skipIf(!serverUrl)(`against a real MongoDB server${serverUrl ? '' : ` (${SKIPPED})`}`, () => {
  it('starts on a replica set URL: transactions proven, unique indexes built, MongoDB migrations run by onInit', async () => {
    const payload = await start({ url: databaseUrl(), onInit: true })
    const adapter = payload.db as unknown as MongooseAdapter
    expect(adapter.transactionOptions).toBeTruthy()
    const events = await adapter.collections['workflow-events']!.collection.listIndexes().toArray()
    expect(events.some((i) => i.unique && Object.keys(i.key).join() === 'collection,document,revision')).toBe(
      true,
    )
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    expect(docs.map((d) => d.name).sort()).toEqual(expect.arrayContaining(mongoMigrations.map((m) => m.name)))
  })

  it('refuses the same server reached without ?replicaSet=', async () => {
    if ((serverUrl as string).startsWith('mongodb+srv:')) return // the SRV record supplies the replica set
    await expect(start({ url: databaseUrl({ dropReplicaSet: true }) })).rejects.toThrow(
      /no replicaSet parameter.*Add \?replicaSet=/s,
    )
  })

  it('refuses a database whose duplicates keep the workflow lock index from being built', async () => {
    const url = databaseUrl()
    const event = {
      itemCollection: 'practices',
      document: 'x',
      revision: 1,
      action: 'submit',
      from: 'draft',
      to: 'local_review',
    }
    await raw(url, (db) => db.collection('workflow-events').insertMany([{ ...event }, { ...event }]))
    try {
      await expect(start({ url })).rejects.toThrow(
        /workflow-events index \(itemCollection, document, revision\).*Building them failed: .*E11000/s,
      )
    } finally {
      await raw(url, (db) => db.dropDatabase())
    }
  })

  it('keyset batches are an _id index scan with no in-memory sort (explain)', async () => {
    const payload = await start({ url: databaseUrl() })
    const adapter = payload.db as unknown as MongooseAdapter
    const Model = adapter.collections.practices!
    const now = Date.now()
    await Model.collection.insertMany(
      Array.from({ length: 300 }, (_, i) => ({
        _status: i % 3 ? 'published' : 'draft',
        createdAt: new Date(now - i * 1000),
        updatedAt: new Date(now - i * 1000),
      })),
    )
    const { buildSortParam } = await loadAdapterModule<{
      buildSortParam: (args: Record<string, unknown>) => Record<string, 'asc' | 'desc'>
    }>('queries/buildSortParam.js')
    const { buildQuery } = await loadAdapterModule<{
      buildQuery: (args: Record<string, unknown>) => Promise<Record<string, unknown>>
    }>('queries/buildQuery.js')
    const practices = payload.collections.practices.config
    const first = await Model.collection.find({}, { sort: { _id: 1 }, skip: 100, limit: 1 }).next()
    const where: Where = {
      and: [{ _status: { equals: 'published' } }, { id: { greater_than: String(first!._id) } }],
    }
    const query = await buildQuery({
      adapter,
      collectionSlug: 'practices',
      fields: practices.flattenedFields,
      where,
    })
    const planFor = async () => {
      const sort = buildSortParam({
        adapter,
        config: payload.config,
        fields: practices.flattenedFields,
        sort: ['id'],
        sortAggregation: [],
        timestamps: true,
      })
      const direction = Object.fromEntries(Object.entries(sort).map(([k, v]) => [k, v === 'asc' ? 1 : -1]))
      return planOf(
        await Model.collection
          .find(query, { sort: direction as Record<string, 1 | -1>, limit: 100 })
          .explain('queryPlanner'),
      )
    }
    const keyset = await planFor()
    expect(keyset.stages).not.toContain('SORT')
    expect(keyset.keyPatterns).toContainEqual({ _id: 1 })
    // What the adapter's fallback did: _id then -createdAt, sorted in memory.
    adapter.disableFallbackSort = false
    try {
      expect((await planFor()).stages).toContain('SORT')
    } finally {
      adapter.disableFallbackSort = true
    }
  })

  it('rate-limit counters: one document per key shared by two instances, exact under parallel hits, with a TTL index', async () => {
    const url = databaseUrl()
    const first = await start({ url })
    const second = await start({ url })
    const rule = { max: 25, windowMs: 60_000 }
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        rateLimitStoreOf(i % 2 ? first : second).hit({ key: 'login:parallel', rule }),
      ),
    )
    expect(results.filter((r) => r.retryAfterSeconds === 0)).toHaveLength(25)
    const collection = (first.db as unknown as MongooseAdapter).connection.db!.collection('rate-limits')
    expect(await collection.findOne({ _id: 'login:parallel' as never })).toMatchObject({ count: 60 })
    const indexes = await collection.listIndexes().toArray()
    expect(indexes.some((i) => i.expireAfterSeconds === 0 && Object.keys(i.key).join() === 'resetAt')).toBe(
      true,
    )
  })

  it('a queued job is claimed by one of two instances running the queue at the same moment (claimJobsOnce)', async () => {
    const url = databaseUrl()
    const first = await start({ url })
    const second = await start({ url })
    const queue = 'two-runners'
    for (let i = 0; i < 5; i++) await first.jobs.queue({ task: 'closeFundingCalls', input: {}, queue })
    const results = await Promise.all(
      [first, second, first, second].map((p) => p.jobs.run({ queue, silent: true })),
    )
    const ran = results.flatMap((result) => Object.keys(result.jobStatus ?? {}))
    expect(ran).toHaveLength(5)
    expect(new Set(ran).size).toBe(5)
  })
})
