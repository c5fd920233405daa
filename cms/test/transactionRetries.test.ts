import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { injectTransactionFaults, type Fault, type InjectedFaults } from './helpers/injectTransactionFaults'
import {
  duplicateKeyError,
  networkError,
  noSuchTransactionError,
  unknownCommitResultError,
  writeConflictError,
} from './helpers/mongoDriverErrors'
import { restClient, type RestClient } from './helpers/restClient'

type Id = number | string

let ctx: TestContext
let api: RestClient
let practices: Id[]
let injected: InjectedFaults | undefined

beforeAll(async () => {
  // low enough to see a retried request counted more than once (moderators are exempt)
  process.env.RATE_LIMIT_COMMENTS = '3/m'
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

describe('transient transaction errors are retried; exhaustion is a 503', () => {
  it('a WriteConflict on a like is retried: 201, one row, an exact count', async () => {
    const practice = practices[0]!
    const before = await likeRows(practice)
    const faults = inject({ operation: 'create', collection: 'likes', error: writeConflictError })
    const response = await api.post('/likes', { practice }, { as: 'volunteer.roma' })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(faults.calls()[0]).toEqual({ seen: 2, thrown: 1 })
    expect(await likeRows(practice)).toBe(before + 1)
    expect((await stored(practice)).likeCount).toBe(before + 1)
  })

  it('conflicts on every attempt: 503 with Retry-After and a clear message, after 4 attempts; nothing saved', async () => {
    const practice = practices[0]!
    const before = await likeRows(practice)
    const faults = inject({
      operation: 'create',
      collection: 'likes',
      times: Infinity,
      error: writeConflictError,
    })
    const response = await api.post('/likes', { practice }, { as: 'volunteer.torino' })
    expect(response.status).toBe(503)
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(response.body.errors[0].message).toMatch(/busy.*nothing was saved.*try again/i)
    expect(response.headers.has('X-RedCloud-Retryable-Transaction')).toBe(false)
    expect(faults.calls()[0]).toEqual({ seen: 4, thrown: 4 })
    expect(await likeRows(practice)).toBe(before)
    expect((await stored(practice)).likeCount).toBe(before)
  })

  it('SQLITE_BUSY (another process held the file past the busy timeout) is transient: retried, then 503 if it stays', async () => {
    const busy = () =>
      new Error('Failed query', {
        cause: Object.assign(new Error('SQLITE_BUSY: database is locked'), {
          code: 'SQLITE_BUSY',
          rawCode: 5,
        }),
      })
    const practice = practices[5]!
    const before = await likeRows(practice)
    const once = inject({ operation: 'create', collection: 'likes', error: busy })
    const retried = await api.post('/likes', { practice }, { as: 'volunteer.roma' })
    expect(retried.status, JSON.stringify(retried.body)).toBe(201)
    expect(once.calls()[0]).toEqual({ seen: 2, thrown: 1 })
    once.restore()
    const always = inject({ operation: 'create', collection: 'likes', times: Infinity, error: busy })
    const refused = await api.post('/likes', { practice }, { as: 'volunteer.torino' })
    expect(refused.status).toBe(503)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(always.calls()[0]).toEqual({ seen: 4, thrown: 4 })
    expect(await likeRows(practice)).toBe(before + 1)
  })

  it('a retried request counts once against the rate limit', async () => {
    const practice = practices[2]!
    inject({ operation: 'create', collection: 'comments', times: 3, error: writeConflictError })
    const statuses = [
      (await api.post('/comments', { practice, body: 'Primo.' }, { as: 'volunteer.milano' })).status,
    ]
    for (const body of ['Secondo.', 'Terzo.', 'Quarto.'])
      statuses.push((await api.post('/comments', { practice, body }, { as: 'volunteer.milano' })).status)
    expect(statuses).toEqual([201, 201, 201, 429])
  })

  it('a custom endpoint (reporting a comment) whose transaction vanished is run again: one report', async () => {
    const created = await api.post(
      '/comments',
      { practice: practices[1], body: 'Da segnalare.' },
      { as: 'admin' },
    )
    expect(created.status).toBe(201)
    const faults = inject({ operation: 'updateOne', collection: 'comments', error: noSuchTransactionError })
    const reported = await api.post(
      `/comments/${created.body.doc.id}/report`,
      { reason: 'Spam' },
      { as: 'volunteer.roma' },
    )
    expect(reported.status, JSON.stringify(reported.body)).toBe(200)
    expect(faults.calls()[0]!.thrown).toBe(1)
    const comment = await ctx.payload.findByID({ collection: 'comments', id: created.body.doc.id, depth: 0 })
    expect(comment.reports).toHaveLength(1)
    expect(comment.reportCount).toBe(1)
  })

  it('a non-transient error is not retried and stays what it is', async () => {
    const faults = inject({ operation: 'create', collection: 'likes', error: networkError })
    const response = await api.post('/likes', { practice: practices[1] }, { as: 'volunteer.roma' })
    expect(response.status).toBe(500)
    expect(faults.calls()[0]).toEqual({ seen: 1, thrown: 1 })
  })

  it('a commit with an unknown result is a 503 and is not run again (it may have been saved)', async () => {
    const faults = inject({ operation: 'commitTransaction', error: unknownCommitResultError })
    const response = await api.post('/likes', { practice: practices[1] }, { as: 'volunteer.torino' })
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBeTruthy()
    expect(response.body.errors[0].message).toMatch(/could not confirm/i)
    expect(faults.calls()[0]!.seen).toBe(1)
  })

  it('a WriteConflict on a comment being hidden is retried: the count moves once', async () => {
    const practice = practices[1]!
    const created = await api.post(
      '/comments',
      { practice, body: 'Da nascondere.' },
      { as: 'volunteer.roma' },
    )
    expect(created.status).toBe(201)
    const visible = await visibleComments(practice)
    inject({ operation: 'updateOne', collection: 'comments', error: writeConflictError })
    const hidden = await api.patch(`/comments/${created.body.doc.id}`, { state: 'hidden' }, { as: 'admin' })
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200)
    expect(await visibleComments(practice)).toBe(visible - 1)
    expect((await stored(practice)).commentCount).toBe(visible - 1)
  })
})

describe('workflow transitions: 409 only when someone else acted at this revision', () => {
  it('a network error inserting the event is not a 409, and nothing moves', async () => {
    const id = practices[2]!
    const before = await workflowOf(id)
    inject({ operation: 'create', collection: 'workflow-events', error: networkError })
    const response = await archive(id)
    expect(response.status).not.toBe(409)
    expect(response.status).toBe(500)
    expect((await workflowOf(id)).revision).toBe(before.revision)
  })

  it('a duplicate key on the event (MongoDB E11000) is a 409', async () => {
    const id = practices[3]!
    const { revision } = await workflowOf(id)
    inject({
      operation: 'create',
      collection: 'workflow-events',
      error: () =>
        duplicateKeyError({
          collection: 'workflow-events',
          keyValue: { itemCollection: 'practices', document: String(id), revision },
        }),
    })
    const response = await archive(id)
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.body)).toContain('Someone else acted')
  })

  it('a real duplicate event on SQLite (the unique index) is a 409', async () => {
    const id = practices[3]!
    const { revision, stage } = await workflowOf(id)
    const admin = await demoUser(ctx.payload, 'admin')
    await ctx.payload.create({
      collection: 'workflow-events',
      data: {
        itemCollection: 'practices',
        document: String(id),
        revision,
        action: 'archive',
        from: stage,
        to: 'archived',
        user: admin.id,
        userName: 'admin',
        comment: '',
      } as never,
      overrideAccess: true,
    })
    const response = await archive(id)
    expect(response.status).toBe(409)
  })

  it('a WriteConflict moving the item after the event is retried: one event, one revision further', async () => {
    const id = practices[4]!
    const { revision } = await workflowOf(id)
    const faults = inject({ operation: 'updateOne', collection: 'practices', error: writeConflictError })
    const response = await archive(id)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(faults.calls()[0]!.thrown).toBe(1)
    const after = await workflowOf(id)
    expect(after.stage).toBe('archived')
    expect(after.revision).toBe(revision + 1)
    const events = await ctx.payload.count({
      collection: 'workflow-events',
      where: {
        and: [
          { itemCollection: { equals: 'practices' } },
          { document: { equals: String(id) } },
          { revision: { equals: revision } },
        ],
      },
    })
    expect(events.totalDocs).toBe(1)
  })
})
