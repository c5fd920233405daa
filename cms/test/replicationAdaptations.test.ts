import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withTestScores } from '@redcloud/testing/withTestScores'

import { outbox } from '../src/email/outbox'
import { runActivityDigest } from '../src/notifications/runActivityDigest'
import { countReplicatingUnits } from '../src/practices/countReplicatingUnits'
import { reconcilePracticeCounts } from '../src/practices/reconcilePracticeCounts'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

type Id = number | string

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const count = async (id: Id) =>
  (await ctx.payload.findByID({ collection: 'practices', id, depth: 0 })).replicationCount ?? 0

/** Published practices of neither Roma nor Milano that neither has replicated or adapted yet. */
const untouchedOrigins = async (): Promise<Id[]> => {
  const units = [await unitId(ctx.payload, 'LAZ-RM'), await unitId(ctx.payload, 'LOM-MI')]
  const { docs } = await ctx.payload.find({
    collection: 'practices',
    where: { and: [{ _status: { equals: 'published' } }, { unit: { not_in: units } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
  })
  const { docs: taken } = await ctx.payload.find({
    collection: 'replications',
    where: { unit: { in: units } },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const { docs: adapted } = await ctx.payload.find({
    collection: 'practices',
    where: { adaptedFrom: { exists: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
  })
  const used = new Set([
    ...taken.map((d) => String(d.practice)),
    ...adapted.map((d) => String(d.adaptedFrom)),
  ])
  return docs.map((doc) => doc.id).filter((id) => !used.has(String(id)))
}

const workflow = async (collection: string, id: Id, action: string, as: string) => {
  const state = await api.get(`/${collection}/${id}/workflow`, { as })
  const body = {
    action,
    revision: state.body.revision,
    ...(action === 'archive' ? { comment: 'Chiusa.' } : {}),
  }
  return api.post(`/${collection}/${id}/workflow`, collection === 'practices' ? withTestScores(body) : body, {
    as,
  })
}
const ok = (answer: { status: number; body: unknown }) =>
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)

/** Roma adapts `origin` and walks the adaptation up to the national validator's decision. */
const adaptUpToNational = async (origin: Id): Promise<Id> => {
  const adapted = await api.post(`/practices/${origin}/adapt`, { locale: 'it' }, { as: 'volunteer.roma' })
  expect(adapted.status, JSON.stringify(adapted.body)).toBe(201)
  const id = adapted.body.id as Id
  ok(await workflow('practices', id, 'submit', 'volunteer.roma'))
  ok(await workflow('practices', id, 'approve', 'validator.roma'))
  ok(await workflow('practices', id, 'approve', 'validator.lazio'))
  return id
}
const declare = async (origin: Id, as: string): Promise<Id> => {
  const answer = await api.post('/replications', { practice: origin, status: 'started' }, { as })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return answer.body.doc.id as Id
}

describe('Issue 13: a published adaptation counts among its origin’s replications', () => {
  it('published: counted once for its unit; a replication declared by the same unit does not count it twice', async () => {
    const [origin] = await untouchedOrigins()
    const before = await count(origin!)
    const adaptation = await adaptUpToNational(origin!)
    expect(await count(origin!)).toBe(before)
    ok(await workflow('practices', adaptation, 'approve', 'validator.national'))
    expect(await count(origin!)).toBe(before + 1)
    // Anonymous callers see the adaptation and its origin: what the site lists.
    const listed = await api.get(`/practices?where[adaptedFrom][equals]=${origin}&depth=0`)
    expect(listed.body.docs.map((doc: { id: Id }) => String(doc.id))).toEqual([String(adaptation)])
    const replication = await declare(origin!, 'volunteer.roma')
    ok(await workflow('replications', replication, 'approve', 'validator.roma'))
    expect(await count(origin!)).toBe(before + 1)
    // Unpublished, the unit still replicates it (its confirmed replication).
    ok(await workflow('practices', adaptation, 'archive', 'admin'))
    expect(await count(origin!)).toBe(before + 1)
    expect(await countReplicatingUnits({ payload: ctx.payload, practice: origin! })).toBe(before + 1)
    expect(await reconcilePracticeCounts({ payload: ctx.payload })).toBe(0)
  }, 120_000)

  it('at once: the adaptation published and both units’ replications confirmed — two units, exactly', async () => {
    const [, origin] = await untouchedOrigins()
    const before = await count(origin!)
    const adaptation = await adaptUpToNational(origin!)
    const roma = await declare(origin!, 'volunteer.roma')
    const milano = await declare(origin!, 'volunteer.milano')
    const answers = await Promise.all([
      workflow('practices', adaptation, 'approve', 'validator.national'),
      workflow('replications', roma, 'approve', 'validator.roma'),
      workflow('replications', milano, 'approve', 'validator.milano'),
    ])
    answers.forEach(ok)
    expect(await count(origin!)).toBe(before + 2)
    // Withdrawn at once: Roma's replication archived, Milano's too; Roma's adaptation still counts.
    const withdrawn = await Promise.all([
      workflow('replications', roma, 'archive', 'admin'),
      workflow('replications', milano, 'archive', 'admin'),
    ])
    withdrawn.forEach(ok)
    expect(await count(origin!)).toBe(before + 1)
    expect(await reconcilePracticeCounts({ payload: ctx.payload })).toBe(0)
  }, 120_000)
})

describe('Issue 13: replication e-mails follow the author’s notificationMode', () => {
  it('daily: nothing right away, the replication in the next daily digest, once', async () => {
    const origin = (await untouchedOrigins())[0]!
    const doc = await ctx.payload.findByID({ collection: 'practices', id: origin, depth: 0 })
    const author = await ctx.payload.update({
      collection: 'users',
      id: doc.author as Id,
      data: { notificationMode: 'daily', preferredLanguage: 'en' } as never,
    })
    outbox.length = 0
    const replication = await declare(origin, 'volunteer.roma')
    ok(await workflow('replications', replication, 'approve', 'validator.roma'))
    expect(outbox.filter((mail) => mail.to === author.email)).toHaveLength(0)
    const marked = await ctx.payload.findByID({ collection: 'replications', id: replication, depth: 0 })
    expect(marked.authorDigestPending).toBe(true)
    await runActivityDigest({ payload: ctx.payload })
    const digest = outbox.filter((mail) => mail.to === author.email)
    expect(digest).toHaveLength(1)
    expect(digest[0]!.subject).toMatch(/news on your practices/)
    expect(digest[0]!.text).toMatch(/Roma is replicating/)
    outbox.length = 0
    await runActivityDigest({ payload: ctx.payload })
    expect(outbox.filter((mail) => mail.to === author.email)).toHaveLength(0)
    await ctx.payload.update({
      collection: 'users',
      id: author.id,
      data: { notificationMode: 'immediate' } as never,
    })
  }, 60_000)
})
