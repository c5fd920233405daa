import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { createLocalReq, type CollectionSlug, type Migration } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as mongoMigrations } from '../src/migrations-mongodb'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

/**
 * The MongoDB migrations are adapter-level code, so they run here on the seeded SQLite database
 * (and on MongoDB when the suite runs there): each test takes values away the way a database
 * from before that change would lack them, runs the migration, and compares with what the app
 * itself had stored.
 */
let ctx: TestContext
let api: RestClient
const isMongo = () => ctx.databaseUrl.startsWith('mongodb')

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

type Doc = Record<string, unknown> & { id: number | string }

/** One workflow transition through the REST API, at the practice's current revision. */
const step = async (id: number | string, action: string, as: string, extra: Record<string, unknown> = {}) => {
  const state = await api.get(`/practices/${id}/workflow`, { as })
  const response = await api.post(
    `/practices/${id}/workflow`,
    { action, revision: state.body.revision, ...extra },
    { as },
  )
  expect(response.status, `${action} by ${as}: ${JSON.stringify(response.body)}`).toBe(200)
}

const practiceIn = async ({ status, stage, unit }: { status: string; stage?: string; unit?: unknown }) =>
  (
    await ctx.payload.find({
      collection: 'practices',
      where: {
        and: [
          { _status: { equals: status } },
          ...(stage ? [{ 'workflow.stage': { equals: stage } }] : []),
          ...(unit ? [{ unit: { equals: unit } }] : []),
        ],
      },
      limit: 2,
      depth: 0,
    })
  ).docs

const all = async (collection: CollectionSlug) =>
  (await ctx.payload.db.find<Doc>({ collection, limit: 0, pagination: false, sort: 'id' })).docs

/** Removes values as a database from before the change would lack them: NULL columns, absent keys. */
const takeAway = async ({
  collection,
  sqlite,
  mongo,
  where = '1 = 1',
}: {
  collection: CollectionSlug
  sqlite: string
  mongo: string[]
  where?: string
}) => {
  if (isMongo()) {
    const model = (ctx.payload.db as unknown as MongooseAdapter).collections[collection]!
    await model.collection.updateMany({}, { $unset: Object.fromEntries(mongo.map((path) => [path, ''])) })
    return
  }
  const table = collection.replace(/-/g, '_')
  await (
    ctx.payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
  ).client.execute(`UPDATE ${table} SET ${sqlite} WHERE ${where}`)
}

const run = async (suffix: string) => {
  const migration = mongoMigrations.find((m) => m.name.endsWith(suffix))
  if (!migration) throw new Error(`no MongoDB migration named *${suffix}`)
  const req = await createLocalReq({}, ctx.payload)
  await migration.up({ payload: ctx.payload, req } as Parameters<typeof migration.up>[0])
}

describe('MongoDB data migrations, run through the adapter on a real database', () => {
  it('workflow_event_role gives every event without a role the one the plugin recorded', async () => {
    // Transitions of every kind, recorded by the plugin itself: the author's own moves, a
    // validator's decisions, an administrator's override and archive, a national validator's archive.
    const milano = await demoUser(ctx.payload, 'volunteer.milano')
    const [draft] = await practiceIn({ status: 'draft', stage: 'draft', unit: milano.unit })
    await step(draft!.id, 'submit', 'volunteer.milano')
    await step(draft!.id, 'request_changes', 'validator.milano', { comment: 'Più dettagli, per favore.' })
    await step(draft!.id, 'resubmit', 'volunteer.milano')
    await step(draft!.id, 'withdraw', 'volunteer.milano')
    await step(draft!.id, 'submit', 'volunteer.milano')
    await step(draft!.id, 'override', 'admin', { to: 'regional_review', comment: 'Validatore assente.' })
    const [first, second] = await practiceIn({ status: 'published' })
    await step(first!.id, 'archive', 'admin', { comment: 'Non più attiva.' })
    await step(second!.id, 'archive', 'validator.national', { comment: 'Superata.' })

    const before = await all('workflow-events')
    // (the demo's services and replications add submitters: members who submit for their unit)
    expect([...new Set(before.map((e) => e.userRole))]).toEqual(
      expect.arrayContaining(['author', 'validator', 'admin']),
    )
    expect([...new Set(before.map((e) => e.action))]).toEqual(
      expect.arrayContaining(['submit', 'request_changes', 'resubmit', 'withdraw', 'override', 'archive']),
    )
    await takeAway({ collection: 'workflow-events', sqlite: 'user_role = NULL', mongo: ['userRole'] })
    expect((await all('workflow-events')).every((e) => e.userRole == null)).toBe(true)
    await run('_workflow_event_role')
    // The migration dates from when only practices had a history: it restores theirs exactly.
    // (Events of later collections exist only on databases created after it ran.)
    const practicesOnly = (events: typeof before) => events.filter((e) => e.itemCollection === 'practices')
    const after = practicesOnly(await all('workflow-events'))
    expect(after.map((e) => [e.id, e.action, e.userRole])).toEqual(
      practicesOnly(before).map((e) => [e.id, e.action, e.userRole]),
    )
    expect(after).toEqual(practicesOnly(before))
  })

  it('workflow_event_role: a submission by someone other than the author is recorded as the submitter’s', async () => {
    const [practice] = await practiceIn({ status: 'published' })
    const other = await demoUser(ctx.payload, 'validator.national')
    const event = await ctx.payload.db.create({
      collection: 'workflow-events',
      data: {
        itemCollection: 'practices',
        document: String(practice!.id),
        revision: 9_000,
        action: 'submit',
        from: 'draft',
        to: 'local_review',
        user: other.id,
        userLevel: 'national',
      },
    })
    await run('_workflow_event_role')
    expect(
      (
        await ctx.payload.db.findOne<Doc>({
          collection: 'workflow-events',
          where: { id: { equals: event.id } },
        })
      )?.userRole,
    ).toBe('submitter')
  })

  it('comment_unit_and_reports restores unit names and report counts, reports and dates untouched', async () => {
    const [practice] = await practiceIn({ status: 'published' })
    const ids: (number | string)[] = []
    for (const as of ['volunteer.roma', 'volunteer.milano', 'validator.lazio']) {
      const response = await api.post(
        '/comments',
        { practice: practice!.id, body: `Grazie da ${as}` },
        { as },
      )
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      ids.push(response.body.doc.id)
    }
    const report = await api.post(
      `/comments/${ids[0]}/report`,
      { reason: 'spam' },
      { as: 'volunteer.torino' },
    )
    expect(report.status, JSON.stringify(report.body)).toBe(200)
    const before = await all('comments')
    expect(before.filter((c) => ids.includes(c.id)).map((c) => c.authorUnitName)).toEqual([
      'Comitato di Roma',
      'Comitato di Milano',
      'Comitato Regionale Lazio',
    ])
    await takeAway({
      collection: 'comments',
      sqlite: 'author_unit_name = NULL, report_count = NULL',
      mongo: ['authorUnitName', 'reportCount'],
    })
    await run('_comment_unit_and_reports')
    const after = await all('comments')
    expect(after).toEqual(before)
    expect(after.find((c) => c.id === ids[0])?.reportCount).toBe(1)
  })

  it('workflow_defaults gives a practice from before the workflow the stage draft at revision 0, and nothing else', async () => {
    const before = await all('practices')
    const old = before.find((p) => (p.workflow as { stage?: string }).stage === 'draft')
    expect(old).toBeDefined()
    if (isMongo()) {
      const model = (ctx.payload.db as unknown as MongooseAdapter).collections.practices!
      await model.collection.updateOne(
        { _id: new (await import('mongoose')).default.Types.ObjectId(String(old!.id)) },
        { $unset: { workflow: '' } },
      )
    } else {
      await takeAway({
        collection: 'practices',
        sqlite: 'workflow_stage = NULL, workflow_revision = NULL',
        mongo: [],
        where: `id = ${Number(old!.id)}`,
      })
    }
    await run('_workflow_defaults')
    const after = await all('practices')
    expect(after.find((p) => p.id === old!.id)?.workflow).toMatchObject({ stage: 'draft', revision: 0 })
    // The others, and the old one's other fields and date, are as they were.
    expect(after.map(({ workflow: _w, ...rest }) => rest)).toEqual(
      before.map(({ workflow: _w, ...rest }) => rest),
    )
    expect(after.filter((p) => p.id !== old!.id)).toEqual(before.filter((p) => p.id !== old!.id))
  })

  it('notification_mode gives accounts without one the mode immediate', async () => {
    const before = await all('users')
    await takeAway({ collection: 'users', sqlite: 'notification_mode = NULL', mongo: ['notificationMode'] })
    await run('_notification_mode')
    const after = await all('users')
    expect(after.map((u) => [u.id, u.notificationMode, u.updatedAt])).toEqual(
      before.map((u) => [u.id, 'immediate', u.updatedAt]),
    )
  })

  it('registration_approval makes accounts from before it active and confirmed; registrations keep their state', async () => {
    const before = await all('users')
    const pending = before.filter((u) => u.accountStatus === 'pending')
    expect(pending.length).toBeGreaterThan(0)
    if (isMongo()) {
      const model = (ctx.payload.db as unknown as MongooseAdapter).collections.users!
      await model.collection.updateMany(
        { accountStatus: 'active' },
        { $unset: { accountStatus: '', _verified: '' } },
      )
    } else {
      await takeAway({
        collection: 'users',
        sqlite: 'account_status = NULL, _verified = NULL',
        mongo: [],
        where: "account_status = 'active'",
      })
    }
    await run('_registration_approval')
    const after = await all('users')
    expect(after.map((u) => [u.id, u.accountStatus, u._verified, u.updatedAt])).toEqual(
      before.map((u) => [u.id, u.accountStatus, u._verified, u.updatedAt]),
    )
    expect(after.filter((u) => u.accountStatus === 'active').every((u) => u._verified === true)).toBe(true)
  })

  it('all of them, through the adapter’s own migrate: recorded once, and a second run changes nothing', async () => {
    // The event field rename works on the driver's collection (indexes, $rename): it has no
    // SQLite path and is tested on its own (eventItemCollectionMigration.test.ts, realServer).
    const list = isMongo()
      ? mongoMigrations
      : mongoMigrations.filter(
          (m) =>
            m.name !== '20261202_005001_event_item_collection' &&
            // reads raw documents through the driver; its SQLite twin is tested on its own
            // (indicatorsMigration.test.ts)
            m.name !== '20261202_081200_indicators_and_measurements',
        )
    const migrate = (migrations: typeof mongoMigrations) =>
      ctx.payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    const snapshot = async () =>
      Promise.all((['practices', 'users', 'comments', 'workflow-events'] as const).map((c) => all(c)))
    await migrate(list)
    const once = await snapshot()
    await migrate(list)
    expect(await snapshot()).toEqual(once)
    const { docs } = await ctx.payload.db.find<{ name: string }>({
      collection: 'payload-migrations',
      where: { name: { in: list.map((m) => m.name) } },
      limit: 0,
      pagination: false,
    })
    expect(docs.map((d) => d.name).sort()).toEqual(list.map((m) => m.name).sort())
  })
})
