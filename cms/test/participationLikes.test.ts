import type { Where } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { createMemberAccounts } from './helpers/createMemberAccounts'
import { demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

type Id = number | string

let ctx: TestContext
let api: RestClient
let published: Id
let second: Id
let archived: Id
let milanoDraft: Id
let romaDraft: Id

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const milano = await demoUser(ctx.payload, 'volunteer.milano')
  const roma = await demoUser(ctx.payload, 'volunteer.roma')
  const find = async (where: Where) =>
    (await ctx.payload.find({ collection: 'practices', where, limit: 3, depth: 0 })).docs.map((doc) => doc.id)
  ;[published, second, archived] = (await find({ _status: { equals: 'published' } })) as [Id, Id, Id]
  milanoDraft = (
    await find({ and: [{ _status: { equals: 'draft' } }, { unit: { equals: milano.unit } }] })
  )[0]!
  romaDraft = (await find({ and: [{ _status: { equals: 'draft' } }, { unit: { equals: roma.unit } }] }))[0]!
  const state = await api.get(`/practices/${archived}/workflow`, { as: 'admin' })
  const archive = await api.post(
    `/practices/${archived}/workflow`,
    { action: 'archive', comment: 'Conclusa.', revision: state.body.revision },
    { as: 'admin' },
  )
  expect(archive.status, JSON.stringify(archive.body)).toBe(200)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const likeRows = async (practice: Id) =>
  (await ctx.payload.count({ collection: 'likes', where: { practice: { equals: practice } } })).totalDocs
const allLikes = async () => (await ctx.payload.count({ collection: 'likes' })).totalDocs
const likeCount = async (id: Id) =>
  (await ctx.payload.findByID({ collection: 'practices', id, depth: 0, draft: true })).likeCount ?? 0

describe('likes', () => {
  it('the caller sees only their own like of a practice (the site asks this to show the button’s state)', async () => {
    expect((await api.post('/likes', { practice: second }, { as: 'volunteer.roma' })).status).toBe(201)
    expect((await api.post('/likes', { practice: second }, { as: 'volunteer.torino' })).status).toBe(201)
    const roma = await demoUser(ctx.payload, 'volunteer.roma')
    const mine = await api.get(`/likes?where[practice][equals]=${second}&depth=0`, { as: 'volunteer.roma' })
    expect(mine.status).toBe(200)
    expect(mine.body.docs).toHaveLength(1)
    expect(String(mine.body.docs[0].user)).toBe(String(roma.id))
    const none = await api.get(`/likes?where[practice][equals]=${second}`, { as: 'volunteer.milano' })
    expect(none.body.docs).toHaveLength(0)
    // Anonymous callers learn nothing about who liked what.
    const anonymous = await api.get(`/likes?where[practice][equals]=${second}`)
    expect(anonymous.status).toBe(403)
    expect(await likeCount(second)).toBe(await likeRows(second))
  })

  it('a duplicate like is a 400 with a clear message; the count does not move', async () => {
    await api.post('/likes', { practice: published }, { as: 'volunteer.milano' })
    const rows = await likeRows(published)
    const again = await api.post('/likes', { practice: published }, { as: 'volunteer.milano' })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('You already like this practice.')
    expect(await likeRows(published)).toBe(rows)
    expect(await likeCount(published)).toBe(rows)
  })

  it('refuses wrong types, drafts of any unit and archived practices; nothing is stored', async () => {
    const before = await allLikes()
    const cases: [string, unknown, string][] = [
      ['no practice', {}, 'volunteer.roma'],
      ['array practice', { practice: [published] }, 'volunteer.roma'],
      ['object practice', { practice: { id: 'x' } }, 'volunteer.roma'],
      ['text practice', { practice: 'not-an-id' }, 'volunteer.roma'],
      ['own unit draft', { practice: romaDraft }, 'volunteer.roma'],
      ['other unit draft', { practice: milanoDraft }, 'volunteer.roma'],
      ['archived', { practice: archived }, 'volunteer.roma'],
      ['archived, admin', { practice: archived }, 'admin'],
    ]
    for (const [name, body, as] of cases) {
      const response = await api.post('/likes', body, { as })
      expect(response.status, `${name}: ${JSON.stringify(response.body)}`).toBe(400)
      expect(JSON.stringify(response.body), name).toContain('practice')
    }
    expect((await api.post('/likes', { practice: published })).status).toBe(403)
    expect(await allLikes()).toBe(before)
  })

  it('nobody removes someone else’s like; likes cannot be edited', async () => {
    const created = await api.post('/likes', { practice: published }, { as: 'volunteer.torino' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as Id
    for (const as of [undefined, 'volunteer.roma', 'validator.lombardia', 'editor']) {
      expect([403, 404], String(as)).toContain((await api.del(`/likes/${id}`, { as })).status)
    }
    const moved = await api.patch(`/likes/${id}`, { practice: second }, { as: 'volunteer.torino' })
    expect([403, 404]).toContain(moved.status)
    const stored = await ctx.payload.findByID({ collection: 'likes', id, depth: 0 })
    expect(String(stored.practice)).toBe(String(published))
  })
})

describe('SECURITY.md §5 Concurrency: like counts', () => {
  it('100 accounts like at once, then 200 mixed likes and unlikes at once: likeCount equals the rows', async () => {
    const unit = (await demoUser(ctx.payload, 'volunteer.roma')).unit as number
    const accounts = Array.from({ length: 100 }, (_, i) => `crowd.${i}`)
    await createMemberAccounts(
      ctx.payload,
      accounts.map((name) => ({ name, displayName: name, unit })),
    )
    const tokens = await Promise.all(accounts.map((name) => api.login(name)))
    const target = published
    const base = await likeRows(target)

    const liked = await Promise.all(
      tokens.map((token) => api.raw('POST', '/likes', { token, body: { practice: target } })),
    )
    expect(liked.map((response) => response.status)).toEqual(tokens.map(() => 201))
    expect(await likeRows(target)).toBe(base + 100)
    expect(await likeCount(target)).toBe(base + 100)

    // Accounts 0-49 unlike and like again at the same time; 50-99 like again (duplicates) and unlike.
    const ids = liked.map((response) => response.body.doc.id as Id)
    const requests = tokens.flatMap((token, i) => [
      api.raw('DELETE', `/likes/${ids[i]}`, { token }),
      api.raw('POST', '/likes', { token, body: { practice: target } }),
    ])
    expect(requests).toHaveLength(200)
    const settled = await Promise.all(requests)
    const statuses = settled.map((response) => response.status)
    for (const status of statuses) expect([200, 201, 400]).toContain(status)
    const deleted = statuses.filter((_, i) => i % 2 === 0 && statuses[i] === 200).length
    expect(deleted).toBe(100)
    const rows = await likeRows(target)
    expect(rows).toBe(base + statuses.filter((status) => status === 201).length)
    expect(await likeCount(target)).toBe(rows)
    // 100 accounts created and signed in (a password hash each): minutes on a loaded 2-core machine
  }, 240_000)
})
