import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient
let published: number | string
let draft: number | string

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
  const find = async (status: string) =>
    (
      await ctx.payload.find({
        collection: 'practices',
        where: { _status: { equals: status } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]!.id
  published = await find('published')
  draft = await find('draft')
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const likeCount = async (id: number | string) =>
  (await ctx.payload.findByID({ collection: 'practices', id, depth: 0 })).likeCount

describe('likes and comments attach to published practices only', () => {
  it('one like per person and practice; the count stays exact', async () => {
    const before = await likeCount(published)
    expect((await api.post('/likes', { practice: published }, { as: 'volunteer.milano' })).status).toBe(201)
    expect((await api.post('/likes', { practice: published }, { as: 'volunteer.roma' })).status).toBe(201)
    const again = await api.post('/likes', { practice: published }, { as: 'volunteer.milano' })
    expect(again.status).toBe(400)
    expect(await likeCount(published)).toBe((before ?? 0) + 2)
    const mine = await api.get(`/likes?where[practice][equals]=${published}`, { as: 'volunteer.milano' })
    expect(mine.body.docs).toHaveLength(1)
    expect((await api.del(`/likes/${mine.body.docs[0].id}`, { as: 'volunteer.milano' })).status).toBe(200)
    expect(await likeCount(published)).toBe((before ?? 0) + 1)
  })

  it('likes as the caller, whatever user the body names', async () => {
    const roma = await demoUser(ctx.payload, 'volunteer.roma')
    const response = await api.post(
      '/likes',
      { practice: published, user: roma.id },
      { as: 'validator.lazio' },
    )
    expect(response.status).toBe(201)
    const lazio = await demoUser(ctx.payload, 'validator.lazio')
    expect(String(response.body.doc.user?.id ?? response.body.doc.user)).toBe(String(lazio.id))
  })

  it('no like or comment on an unpublished practice, even one the caller can see', async () => {
    for (const [path, body] of [
      ['/likes', { practice: draft }],
      ['/comments', { practice: draft, body: 'Ciao' }],
    ] as const) {
      const response = await api.post(path, body, { as: 'admin' })
      expect(response.status, path).toBe(400)
      expect(JSON.stringify(response.body)).toContain('practice')
    }
    expect(
      (await ctx.payload.count({ collection: 'comments', where: { practice: { equals: draft } } })).totalDocs,
    ).toBe(0)
  })

  it('comments: bounded length, plain text kept as typed, hidden ones disappear for everyone else', async () => {
    const tooLong = await api.post(
      '/comments',
      { practice: published, body: 'x'.repeat(2001) },
      { as: 'volunteer.roma' },
    )
    expect(tooLong.status).toBe(400)
    const script = '<script>alert("x")</script> grazie!'
    const created = await api.post(
      '/comments',
      { practice: published, body: script, state: 'hidden' },
      { as: 'volunteer.roma' },
    )
    expect(created.status).toBe(201)
    expect(created.body.doc.body).toBe(script)
    expect(created.body.doc.state).toBe('visible')
    const count = async () =>
      (await ctx.payload.findByID({ collection: 'practices', id: published, depth: 0 })).commentCount
    const visibleBefore = await count()
    const hidden = await api.patch(`/comments/${created.body.doc.id}`, { state: 'hidden' }, { as: 'editor' })
    expect(hidden.status).toBe(200)
    expect(await count()).toBe((visibleBefore ?? 0) - 1)
    const anonymous = await api.get(`/comments?where[practice][equals]=${published}&limit=0`)
    expect(anonymous.body.docs.map((c: { id: unknown }) => c.id)).not.toContain(created.body.doc.id)
    const selfHide = await api.patch(
      `/comments/${created.body.doc.id}`,
      { state: 'visible' },
      { as: 'volunteer.roma' },
    )
    expect([200, 403]).toContain(selfHide.status)
    const stored = await ctx.payload.findByID({ collection: 'comments', id: created.body.doc.id, depth: 0 })
    expect(stored.state).toBe('hidden')
  })
})

describe('duplicating is a write route too', () => {
  it('practices cannot be duplicated (a copy would carry private contact details); nothing is created', async () => {
    const volunteer = await demoUser(ctx.payload, 'volunteer.milano')
    const original = await ctx.payload.find({
      collection: 'practices',
      where: { and: [{ _status: { equals: 'published' } }, { unit: { not_equals: volunteer.unit } }] },
      limit: 1,
      depth: 0,
    })
    const before = (await ctx.payload.count({ collection: 'practices' })).totalDocs
    for (const as of ['volunteer.milano', 'admin']) {
      const response = await api.post(`/practices/${original.docs[0]!.id}/duplicate`, {}, { as })
      expect([400, 404], as).toContain(response.status)
    }
    expect((await ctx.payload.count({ collection: 'practices' })).totalDocs).toBe(before)
  })

  it('the published status cannot travel through other fields of a write either', async () => {
    const created = await api.post('/practices', { title: 'Bozza' }, { as: 'volunteer.milano' })
    expect(created.status).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'practices',
      id: created.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(stored._status).toBe('draft')
    const anonymous = await api.get(`/practices/${created.body.doc.id}`)
    expect(anonymous.status).toBe(404)
  })
})

describe('API limits', () => {
  it('refuses GraphQL queries above the complexity limit', async () => {
    const nested = 'docs { id themes { id name } unit { id parent { id parent { id } } } }'
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `q${i}: Practices(limit: 100) { ${nested} }`).join(' ')} }`
    const response = await api.graphql(query)
    expect(JSON.stringify(response.body)).toMatch(/complexity/i)
    expect(response.body.data?.q0 ?? null).toBeNull()
  })
})
