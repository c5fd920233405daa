import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from '@redcloud/cms/testing/createTestPayload'
import { mongoRuleViolations } from '@redcloud/cms/testing/mongoRules'
import { practices } from '../src/data/practices'
import { units } from '../src/data/units'
import { users } from '../src/data/users'
import { seed } from '../src/seed'

let ctx: TestContext
const COLLECTIONS: CollectionSlug[] = ['units', 'themes', 'users', 'practices', 'faq', 'guides']

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      COLLECTIONS.map(async (c) => [c, (await ctx.payload.count({ collection: c })).totalDocs] as const),
    ),
  )

beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('demo data', () => {
  it('has what the foundation issue asks for', async () => {
    const c = await counts()
    expect(c.units).toBeGreaterThanOrEqual(31)
    expect(c.themes).toBeGreaterThanOrEqual(12)
    expect(c.practices).toBeGreaterThanOrEqual(60)
    expect(c.faq).toBeGreaterThanOrEqual(12)
    const published = await ctx.payload.count({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
    })
    expect(published.totalDocs).toBeGreaterThanOrEqual(45)
    expect(published.totalDocs).toBeLessThan(c.practices as number)
    const guide = await ctx.payload.find({
      collection: 'guides',
      where: { slug: { equals: 'what-is-a-best-practice' } },
      locale: 'en',
    })
    expect(guide.docs[0]?.title).toMatch(/best practice/i)
    expect(units.filter((u) => u.level === 'regional').length).toBeGreaterThanOrEqual(6)
    expect(units.filter((u) => u.level === 'local').length).toBeGreaterThanOrEqual(24)
    expect(practices.filter((p) => Object.keys(p.texts).length >= 2).length).toBeGreaterThanOrEqual(5)
  })

  it('puts every demo account in the unit its name says', async () => {
    for (const user of users) {
      const { docs } = await ctx.payload.find({
        collection: 'users',
        where: { email: { equals: `${user.name}@redcloud.example.org` } },
        depth: 1,
      })
      expect(docs[0], user.name).toBeDefined()
      expect((docs[0]!.unit as { code: string }).code).toBe(user.unit)
    }
  })

  it('records the validators’ decisions on the demo practices sent back or rejected, with their role', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'workflow-events',
      where: { itemCollection: { equals: 'practices' } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const decisions = docs.filter((e) => e.action === 'request_changes' || e.action === 'reject')
    expect(decisions.length).toBeGreaterThanOrEqual(4)
    for (const event of decisions) {
      expect(event).toMatchObject({ userRole: 'validator' })
      expect(event.comment).toBeTruthy()
    }
  })

  it('walks the demo support requests through their chain: every stage, decided by the right people', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'support-requests',
      draft: true,
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const stages = new Set(docs.map((doc) => doc.workflow?.stage))
    for (const stage of ['draft', 'endorsement', 'acceptance', 'changes_requested', 'rejected', 'published'])
      expect(stages, stage).toContain(stage)
    expect(new Set(docs.map((doc) => doc.progress).filter(Boolean))).toEqual(new Set(['inProgress', 'done']))
    const { docs: events } = await ctx.payload.find({
      collection: 'workflow-events',
      where: {
        and: [{ itemCollection: { equals: 'support-requests' } }, { from: { equals: 'acceptance' } }],
      },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(events.length).toBeGreaterThan(0)
    for (const event of events) expect(event.userRole).toBe('deskOfficer')
  })

  it('spreads the demo history over weeks: items wait days in review, publications close their history', async () => {
    const DAY = 24 * 60 * 60 * 1000
    const { docs: inReview } = await ctx.payload.find({
      collection: 'practices',
      where: { 'workflow.stage': { like: '_review' } },
      draft: true,
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(inReview.length).toBeGreaterThan(0)
    const waits = inReview.map((doc) => (Date.now() - Date.parse(String(doc.workflow?.stageEnteredAt))) / DAY)
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(1)
    expect(Math.max(...waits)).toBeGreaterThan(7)
    const { docs: published } = await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      limit: 3,
      depth: 0,
    })
    for (const practice of published) {
      const { docs: events } = await ctx.payload.find({
        collection: 'workflow-events',
        where: {
          and: [{ itemCollection: { equals: 'practices' } }, { document: { equals: String(practice.id) } }],
        },
        sort: 'createdAt',
        limit: 0,
        pagination: false,
        depth: 0,
      })
      const times = events.map((event) => Date.parse(String(event.createdAt)))
      // the same moment, to the second it took to seed the practice
      expect(Math.abs(times.at(-1)! - Date.parse(String(practice.publishedAt)))).toBeLessThan(60_000)
      expect(times.at(-1)! - times[0]!).toBeGreaterThan(DAY)
    }
  })

  it('seeding twice gives the same data', async () => {
    const before = await counts()
    const summary = await seed({ payload: ctx.payload, log: () => {} })
    expect(await counts()).toEqual(before)
    for (const [what, { created }] of Object.entries(summary)) expect(created, what).toBe(0)
    // A look-up per demo item of every collection: tens of seconds, more on a busy machine.
  }, 180_000)

  // One whole seed in this file (each takes a minute): deleting everything, then seeding the
  // emptied database, both under MongoDB's transaction rules that every test instance obeys.
  it('--reset starts over under MongoDB’s transaction rules and ends with the same data', async () => {
    const before = await counts()
    const summary = await seed({ payload: ctx.payload, reset: true, log: () => {} })
    expect(mongoRuleViolations(ctx.payload.db)).toEqual([])
    expect(await counts()).toEqual(before)
    expect(summary.practices?.created).toBe(practices.length)
    expect(summary.practices?.created).toBe(before.practices)
    // A whole seed: practices walk their workflow, measurements their confirmation, services theirs.
  }, 300_000)

  it('refuses demo accounts and --reset when NODE_ENV=production', async () => {
    // One at a time, as MongoDB needs (a delete by where runs its documents in parallel).
    // Likes and applications name their person (required): they go before the accounts.
    for (const collection of ['likes', 'seat-claims', 'practices', 'users'] as const) {
      const { docs } = await ctx.payload.find({ collection, depth: 0, pagination: false, select: {} })
      for (const { id } of docs) await ctx.payload.delete({ collection, id })
    }
    const env = process.env as Record<string, string | undefined>
    const previous = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      await expect(seed({ payload: ctx.payload, reset: true, log: () => {} })).rejects.toThrow(/refused/)
      await seed({ payload: ctx.payload, log: () => {} })
    } finally {
      env.NODE_ENV = previous
    }
    const c = await counts()
    expect(c.users).toBe(0)
    expect(c.practices).toBe(0)
    expect(c.units).toBeGreaterThanOrEqual(31)
  })
})
