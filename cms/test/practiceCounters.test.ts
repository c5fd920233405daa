import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { movePracticeCounter } from '../src/practices/movePracticeCounter'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoUser } from './helpers/demoUsers'
import { injectTransactionFaults, type Fault, type InjectedFaults } from './helpers/injectTransactionFaults'
import { writeConflictError } from './helpers/mongoDriverErrors'
import { restClient, type RestClient } from './helpers/restClient'

type Id = number | string

let ctx: TestContext
let api: RestClient
let practices: Id[]
let injected: InjectedFaults | undefined

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const { docs } = await ctx.payload.find({
    collection: 'practices',
    where: { _status: { equals: 'published' } },
    limit: 6,
    depth: 0,
    pagination: false,
  })
  practices = docs.map((doc) => doc.id)
  expect(practices.length).toBe(6)
})
afterEach(() => {
  injected?.restore()
  injected = undefined
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const inject = (...faults: Fault[]) => (injected = injectTransactionFaults(ctx.payload, faults))
const likeRows = async (practice: Id) =>
  (await ctx.payload.count({ collection: 'likes', where: { practice: { equals: practice } } })).totalDocs
const visibleComments = async (practice: Id) =>
  (
    await ctx.payload.count({
      collection: 'comments',
      where: { and: [{ practice: { equals: practice } }, { state: { equals: 'visible' } }] },
    })
  ).totalDocs
const stored = (id: Id) => ctx.payload.findByID({ collection: 'practices', id, depth: 0 })
const workflowOf = async (id: Id) => (await api.get(`/practices/${id}/workflow`, { as: 'admin' })).body
const archive = async (id: Id) =>
  api.post(
    `/practices/${id}/workflow`,
    { action: 'archive', comment: 'Conclusa.', revision: (await workflowOf(id)).revision },
    { as: 'admin' },
  )

const createAccounts = async (prefix: string, count: number) => {
  const unit = (await demoUser(ctx.payload, 'volunteer.roma')).unit as Id
  const names = Array.from({ length: count }, (_, i) => `${prefix}.${i}`)
  for (const name of names) {
    await ctx.payload.create({
      collection: 'users',
      data: {
        email: `${name}@redcloud.example.org`,
        password: DEMO_PASSWORD,
        displayName: name,
        unit,
        roles: ['member'],
      } as never,
    })
  }
  return Promise.all(names.map((name) => api.login(name)))
}

describe('counters move after commit, exactly, under concurrency', () => {
  it('20 likes at once on one practice, then 20 comments at once: both counts equal the rows', async () => {
    const practice = practices[5]!
    const tokens = await createAccounts('parallel', 20)
    const likes = await Promise.all(
      tokens.map((token) => api.raw('POST', '/likes', { token, body: { practice } })),
    )
    expect(likes.map((response) => response.status)).toEqual(tokens.map(() => 201))
    const comments = await Promise.all(
      tokens.map((token, i) =>
        api.raw('POST', '/comments', { token, body: { practice, body: `Commento ${i}` } }),
      ),
    )
    expect(comments.map((response) => response.status)).toEqual(tokens.map(() => 201))
    const hides = await Promise.all(
      comments
        .slice(0, 5)
        .map((response) =>
          api.patch(`/comments/${response.body.doc.id}`, { state: 'hidden' }, { as: 'admin' }),
        ),
    )
    expect(hides.map((response) => response.status)).toEqual([200, 200, 200, 200, 200])
    const doc = await stored(practice)
    expect(doc.likeCount).toBe(await likeRows(practice))
    expect(doc.commentCount).toBe(await visibleComments(practice))
    expect(doc.commentCount).toBeGreaterThanOrEqual(15)
  })

  it('a transition keeps the live counts (Payload rebuilds the practice from its latest version)', async () => {
    const practice = practices[0]!
    const [token] = await createAccounts('keeper', 1)
    expect((await api.raw('POST', '/likes', { token, body: { practice } })).status).toBe(201)
    const likes = await likeRows(practice)
    expect((await stored(practice)).likeCount).toBe(likes)
    const response = await archive(practice)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const after = await stored(practice)
    expect(after.likeCount).toBe(likes)
    expect(after.commentCount).toBe(await visibleComments(practice))
  })

  it('a like or a comment never writes the practice inside its transaction (where MongoDB would conflict)', async () => {
    const practice = practices[1]!
    const faults = inject({
      operation: 'updateOne',
      collection: 'practices',
      times: Infinity,
      error: writeConflictError,
    })
    const liked = await api.post('/likes', { practice }, { as: 'validator.lombardia' })
    const commented = await api.post(
      '/comments',
      { practice, body: 'Bella pratica.' },
      { as: 'validator.lombardia' },
    )
    expect([liked.status, commented.status]).toEqual([201, 201])
    expect(faults.calls()[0]!.seen).toBe(0)
    expect((await stored(practice)).likeCount).toBe(await likeRows(practice))
  })

  it('counts:reconcile recounts every practice from the rows, and a second run changes nothing', async () => {
    const { reconcilePracticeCounts } = await import('../src/practices/reconcilePracticeCounts')
    // one of the first practices and the last one by id (a draft, maybe): the last page counts too
    const last = await ctx.payload.find({ collection: 'practices', sort: '-id', limit: 1, depth: 0 })
    const [a, b] = [practices[1]!, last.docs[0]!.id]
    await ctx.payload.db.updateOne({
      collection: 'practices',
      id: a,
      data: { likeCount: 999 },
      returning: false,
    })
    await ctx.payload.db.updateOne({
      collection: 'practices',
      id: b,
      data: { commentCount: -3 },
      returning: false,
    })
    // pages of 2: every practice is reached through the keyset pages
    expect(await reconcilePracticeCounts({ payload: ctx.payload, pageSize: 2 })).toBe(2)
    expect((await stored(a)).likeCount).toBe(await likeRows(a))
    expect((await stored(b)).commentCount).toBe(await visibleComments(b))
    expect(await reconcilePracticeCounts({ payload: ctx.payload })).toBe(0)
  })

  it('movePracticeCounter on SQLite adds and subtracts atomically, without a practice version', async () => {
    const practice = practices[5]!
    const before = await stored(practice)
    const versions = (
      await ctx.payload.countVersions({ collection: 'practices', where: { parent: { equals: practice } } })
    ).totalDocs
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        movePracticeCounter({ by: i % 2 ? -1 : 2, counter: 'likeCount', payload: ctx.payload, practice }),
      ),
    )
    expect((await stored(practice)).likeCount).toBe((before.likeCount ?? 0) + 5)
    const after = (
      await ctx.payload.countVersions({ collection: 'practices', where: { parent: { equals: practice } } })
    ).totalDocs
    expect(after).toBe(versions)
    await movePracticeCounter({ by: -5, counter: 'likeCount', payload: ctx.payload, practice })
  })
})
