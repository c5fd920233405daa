import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

const PAGE = 5

let ctx: TestContext
let api: RestClient
let practice: number | string

beforeAll(async () => {
  process.env.API_MAX_PAGE_SIZE = String(PAGE)
  process.env.API_MAX_BODY_KB = '64'
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const { docs } = await ctx.payload.find({
    collection: 'practices',
    where: { _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
  })
  practice = docs[0]!.id
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

/** Sends a request through the same guard and handler as restClient, with any body. */
const send = async (request: Request) => {
  const { withApiGuard } = await import('../src/limits/withApiGuard')
  return withApiGuard((guarded: Request) => handleEndpoints({ config: ctx.config, request: guarded }))(
    request,
  )
}

const likesOf = async (name: string) => {
  const user = await demoUser(ctx.payload, name)
  return (await ctx.payload.count({ collection: 'likes', where: { user: { equals: user.id } } })).totalDocs
}

describe('SECURITY.md §10 Cost: GraphQL is off unless GRAPHQL_ENABLED', () => {
  it('answers 404 with a JSON message for queries and the playground', async () => {
    const response = await api.graphql('{ Practices(limit: 1) { docs { id } } }')
    expect(response.status).toBe(404)
    expect(response.body.errors[0].message).toMatch(/GraphQL is not enabled/)
    const { graphQLPlaygroundRoute } = await import('../src/limits/graphQLPlaygroundRoute')
    const playground = await graphQLPlaygroundRoute(ctx.config)(
      new Request('http://localhost:3000/api/graphql-playground'),
    )
    expect(playground.status).toBe(404)
    expect(ctx.config.graphQL.disable).toBe(true)
  })
})

describe('SECURITY.md §10 Cost: no page holds more than API_MAX_PAGE_SIZE documents', () => {
  const collections = ['practices', 'themes', 'units', 'faq', 'guides', 'media', 'comments']
  for (const query of ['limit=0', 'limit=-1', 'limit=100000', 'pagination=false', 'limit=abc', 'limit[]=0']) {
    it(`${query} on every public collection`, async () => {
      for (const collection of collections) {
        const response = await api.get(`/${collection}?${query}&depth=0`)
        expect(response.status, `${collection} ${JSON.stringify(response.body)}`).toBe(200)
        expect(response.body.docs.length, collection).toBeLessThanOrEqual(PAGE)
      }
    })
  }

  it('holds for versions, users and the method-override form (POST with the query as body)', async () => {
    for (const path of [
      '/practices/versions?limit=0',
      '/users?limit=0&depth=0',
      '/practices/versions?pagination=false',
    ]) {
      const response = await api.get(path, { as: 'admin' })
      expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(200)
      expect(response.body.docs.length, path).toBeLessThanOrEqual(PAGE)
    }
    const override = await send(
      new Request('http://localhost:3000/api/units', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-HTTP-Method-Override': 'GET' },
        body: 'limit=0&depth=0',
      }),
    )
    expect(override.status).toBe(200)
    const body = await override.json()
    expect(body.docs.length).toBe(PAGE)
    expect(body.totalDocs).toBeGreaterThan(PAGE)
    // The JSON form: Payload reads the page size from the URL then.
    const json = await send(
      new Request('http://localhost:3000/api/units?limit=0&depth=0', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-HTTP-Method-Override': 'GET' },
        body: '{}',
      }),
    )
    expect(json.status).toBe(200)
    expect((await json.json()).docs.length).toBe(PAGE)
  })

  it('keeps a smaller limit and pages on', async () => {
    const first = await api.get('/units?limit=2&page=2&depth=0')
    expect(first.body.docs).toHaveLength(2)
    expect(first.body.page).toBe(2)
  })
})

describe('SECURITY.md §10 Cost: a where clause has a size limit', () => {
  const orChain = (count: number) =>
    Array.from({ length: count }, (_, i) => `where[or][${i}][title][equals]=x${i}`).join('&')

  it('refuses more than API_MAX_WHERE_CONDITIONS conditions with 400 naming "where", REST and bulk writes', async () => {
    const read = await api.get(`/practices?${orChain(60)}`)
    expect(read.status).toBe(400)
    expect(read.body.errors[0].message).toMatch(/"where" has more than 30 conditions/)
    const bulk = await api.patch(`/practices?${orChain(60)}`, { title: 'Renamed' }, { as: 'admin' })
    expect(bulk.status).toBe(400)
    const renamed = await ctx.payload.count({
      collection: 'practices',
      where: { title: { equals: 'Renamed' } },
    })
    expect(renamed.totalDocs).toBe(0)
  })

  it('refuses and/or nested deeper than 5 levels, keeps ordinary filters', async () => {
    const deep = await api.get('/practices?where[or][0][or][0][or][0][or][0][or][0][title][equals]=x')
    expect(deep.status).toBe(400)
    expect(deep.body.errors[0].message).toMatch(/"where" nests/)
    expect((await api.get(`/practices?${orChain(10)}`)).status).toBe(200)
  })
})

describe('SECURITY.md §10 Cost: request bodies have a size limit (API_MAX_BODY_KB)', () => {
  const big = (kb: number) => JSON.stringify({ practice, padding: 'x'.repeat(kb * 1024) })

  it('answers 413 past the limit with Content-Length, and stores nothing', async () => {
    const token = await api.login('volunteer.milano')
    const before = await likesOf('volunteer.milano')
    const body = big(100)
    const response = await send(
      new Request('http://localhost:3000/api/likes', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
          Authorization: `JWT ${token}`,
        },
        body,
      }),
    )
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(/larger than 64 kB/)
    expect(await likesOf('volunteer.milano')).toBe(before)
  })

  it('answers 413 for a chunked body without Content-Length, and stores nothing', async () => {
    const token = await api.login('volunteer.milano')
    const before = await likesOf('volunteer.milano')
    const chunk = new TextEncoder().encode(big(16))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // an endless body: the guard must stop reading on its own
        sent += 1
        controller.enqueue(sent === 1 ? chunk.slice(0, -2) : new TextEncoder().encode('x'.repeat(16 * 1024)))
      },
    })
    const response = await send(
      new Request('http://localhost:3000/api/likes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    )
    expect(response.status).toBe(413)
    expect(sent).toBeLessThan(10)
    expect(await likesOf('volunteer.milano')).toBe(before)
  })

  it('still takes bodies under the limit', async () => {
    const before = await likesOf('volunteer.milano')
    const response = await api.post('/likes', { practice }, { as: 'volunteer.milano' })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(await likesOf('volunteer.milano')).toBe(before + 1)
  })
})
