import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

type Route = { method: string; path: string; base: string }

let ctx: TestContext
let api: RestClient
/** A real document per collection, so routes reach past "not found". */
const realIds = new Map<string, string>()

const BAD_IDS = [
  'abc',
  '-1',
  '0',
  '1.5',
  '99999999999999999999',
  "1' OR '1'='1",
  '%00',
  '%E2%9C%93',
  'x'.repeat(300),
  '[object Object]',
]

const BAD_QUERIES = [
  'where[title][$where]=1',
  'where[title][unknown_operator]=1',
  'where[title]=scalar',
  'where[title][equals][nested]=1',
  'where[id][equals]=abc',
  'where[id][in]=abc,def',
  'where[createdAt][greater_than]=not-a-date',
  'where[unit][near]=1,2',
  'where[_status][in][a]=b',
  'where[or]=1',
  'where[and][0]=x',
  'where[or][0][and][0][or][0][title][equals]=x',
  'where={"title":{"like":1}}',
  'where=not-json',
  'data=not-json',
  'sort=-',
  'sort=does.not.exist',
  'sort[0][a]=1',
  'depth=-1',
  'depth=abc',
  'depth=100',
  'page=-1',
  'page=abc',
  'page=99999999999',
  'limit=abc',
  'select[title]=x',
  'select=abc',
  'populate[x]=1',
  'joins=1',
  'joins[x][limit]=abc',
  'locale=xx',
  'locale[0]=it',
  'fallback-locale=xx',
  'draft=maybe',
  'trash=1',
  `where[title][like]=${'%'.repeat(2000)}`,
  Array.from({ length: 60 }, (_, i) => `where[or][${i}][title][equals]=${i}`).join('&'),
]

const deep = (levels: number): unknown => {
  let value: unknown = 'bottom'
  for (let i = 0; i < levels; i += 1) value = { a: value }
  return value
}

const BAD_BODIES: { name: string; body: string; type?: string }[] = [
  { name: 'empty object', body: '{}' },
  { name: 'array', body: '[1,2,3]' },
  { name: 'null', body: 'null' },
  { name: 'string', body: '"text"' },
  { name: 'number', body: '42' },
  { name: 'invalid JSON', body: '{"title": ' },
  { name: 'deep nesting', body: JSON.stringify(deep(3000)) },
  {
    name: 'wrong types',
    body: JSON.stringify({
      title: 123,
      name: ['x'],
      email: { $gt: '' },
      password: 1,
      practice: { id: 'x' },
      unit: [1, 2],
      parent: 'abc',
      themes: 'abc',
      reason: 5,
      action: 7,
      revision: 'x',
      comment: {},
    }),
  },
  {
    name: 'unknown relations',
    body: JSON.stringify({
      practice: 99999999,
      unit: 99999999,
      parent: 99999999,
      themes: [99999999],
      image: 99999999,
      cover: 'nonexistent',
      user: 'abc',
    }),
  },
  {
    name: 'huge strings',
    body: JSON.stringify({
      title: 'x'.repeat(200_000),
      name: 'x'.repeat(200_000),
      text: 'x'.repeat(200_000),
      email: `${'x'.repeat(5000)}@example.org`,
    }),
  },
  {
    name: 'operators in body',
    body: JSON.stringify({
      where: { title: { $where: '1' } },
      _status: { equals: 'published' },
      id: { in: [1] },
    }),
  },
  { name: 'text/plain', body: 'practice=1', type: 'text/plain' },
  { name: 'form', body: 'practice=1&title=x', type: 'application/x-www-form-urlencoded' },
  { name: 'no content type', body: '{"title":"x"}', type: '' },
  {
    name: 'broken multipart',
    body: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n',
    type: 'multipart/form-data; boundary=b',
  },
]

/** Every route the config exposes: each collection's (REST, versions, auth, custom), the root's, the globals'. */
const routesOf = (config: TestContext['config']): Route[] => {
  const routes: Route[] = []
  for (const collection of config.collections) {
    for (const endpoint of collection.endpoints || []) {
      routes.push({ method: endpoint.method.toUpperCase(), path: endpoint.path, base: `/${collection.slug}` })
    }
  }
  for (const global of config.globals) {
    for (const endpoint of global.endpoints || []) {
      routes.push({
        method: endpoint.method.toUpperCase(),
        path: endpoint.path,
        base: `/globals/${global.slug}`,
      })
    }
  }
  for (const endpoint of config.endpoints || []) {
    routes.push({ method: endpoint.method.toUpperCase(), path: endpoint.path, base: '' })
  }
  return routes
}

/** The route with its parameters filled, once with a real id and once per bad id. */
const pathsOf = (route: Route): string[] => {
  const slug = route.base.split('/').pop() as string
  const fill = (value: string) => route.path.replace(/:[a-zA-Z]+\??/g, value).replace(/\/$/, '') || ''
  if (!route.path.includes(':')) return [`${route.base}${route.path === '/' ? '' : route.path}`]
  return [realIds.get(slug) ?? '1', ...BAD_IDS.map(encodeURIComponent)].map(
    (id) => `${route.base}${fill(id)}`,
  )
}

/** Destructive routes run last, so the rest still finds its documents and sessions. */
const order = (route: Route) => (/logout|erase/.test(route.path) ? 3 : route.method === 'DELETE' ? 2 : 1)

const send = async ({
  method,
  path,
  body,
  type,
  token,
}: {
  method: string
  path: string
  body?: string
  type?: string
  token?: string
}) => {
  const { withApiGuard } = await import('../src/limits/withApiGuard')
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  if (body !== undefined && type !== '') headers['Content-Type'] = type ?? 'application/json'
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body })
  const response = await withApiGuard((guarded: Request) =>
    handleEndpoints({ config: ctx.config, request: guarded }),
  )(request)
  const text = await response.text()
  return { status: response.status, text }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  for (const collection of ctx.config.collections) {
    const { docs } = await ctx.payload.find({ collection: collection.slug as 'units', limit: 1, depth: 0 })
    if (docs[0]) realIds.set(collection.slug, String(docs[0].id))
  }
  // a user other than the admin, so deleting "a real one" does not end the admin's session
  realIds.set('users', String((await demoUser(ctx.payload, 'volunteer.roma')).id))
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('SECURITY.md §4 Bad input: malformed requests get a 400 naming the problem and change nothing', () => {
  it('an id with trailing text does not act on the number it starts with', async () => {
    const theme = realIds.get('themes') as string
    const response = await api.del(`/themes/${theme}abc`, { as: 'admin' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/is not a valid id/)
    expect(
      (await ctx.payload.count({ collection: 'themes', where: { id: { equals: theme } } })).totalDocs,
    ).toBe(1)
    expect((await api.get('/practices/abc')).status).toBe(400)
  })

  it('unknown operators, objects for values and values of the wrong kind in where', async () => {
    for (const query of [
      'where[title][$where]=1',
      'where[title]=scalar',
      'where[title][equals][nested]=1',
      'where[id][in]=abc,def',
      'where[createdAt][greater_than]=not-a-date',
      'where[unit][near]=1,2',
    ]) {
      const response = await api.get(`/practices?${query}`)
      expect(response.status, query).toBe(400)
      expect(response.body.errors[0].message, query).toMatch(/"where\.(title|id|createdAt|unit)/)
    }
  })

  it('a body that is not a JSON object, and a relation to a file that does not exist', async () => {
    const before = await ctx.payload.count({ collection: 'likes' })
    const token = await api.login('volunteer.milano')
    const plain = await send({
      method: 'POST',
      path: '/likes',
      body: 'practice=1',
      type: 'text/plain',
      token,
    })
    expect(plain.status).toBe(400)
    expect(plain.text).toMatch(/JSON object/)
    expect((await ctx.payload.count({ collection: 'likes' })).totalDocs).toBe(before.totalDocs)
    const practice = realIds.get('practices') as string
    const stored = await ctx.payload.findByID({
      collection: 'practices',
      id: practice,
      depth: 0,
      draft: true,
    })
    const response = await api.patch(`/practices/${practice}`, { coverImage: 99999999 }, { as: 'admin' })
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(500)
    expect(response.status).toBeGreaterThanOrEqual(400)
    const after = await ctx.payload.findByID({ collection: 'practices', id: practice, depth: 0, draft: true })
    expect(after.coverImage ?? null).toEqual(stored.coverImage ?? null)
  })
})

type Probe = { method: string; path: string; body?: { body: string; type?: string; name: string } }

/** The whole corpus: every route with every bad id, bad query (all on list routes) and bad body. */
const corpusOf = (routes: Route[]): Probe[] => {
  const probes: Probe[] = []
  for (const route of [...routes].sort((a, b) => order(a) - order(b))) {
    const [real, ...bad] = pathsOf(route)
    const isWrite = route.method !== 'GET' && route.method !== 'DELETE'
    const isList =
      !route.path.includes(':') && route.path !== '/'
        ? route.path === '/count' || route.path === '/versions'
        : route.path === '/'
    const body = isWrite ? BAD_BODIES[0] : undefined
    for (const path of bad) probes.push({ method: route.method, path, body })
    // every query on the list routes (bulk writes included), a few on the others
    const queries = isList ? BAD_QUERIES : BAD_QUERIES.filter((_, i) => i % 8 === 0)
    for (const query of queries) probes.push({ method: route.method, path: `${real}?${query}`, body })
    if (isWrite)
      for (const bad of BAD_BODIES) probes.push({ method: route.method, path: real as string, body: bad })
  }
  return probes
}

const CALLERS = [undefined, 'volunteer.milano', 'admin'] as const

describe('SECURITY.md §15 and §4 Bad input: a fuzz corpus over every endpoint gives no 5xx', () => {
  // Each probe goes to one caller in turn, a third each, the same way every run: the corpus once
  // rather than three times (a whole pass per caller took minutes as collections grew).
  CALLERS.forEach((role, turn) => {
    it(`as ${role ?? 'anonymous'}`, async () => {
      const token = role ? await api.login(role) : undefined
      const failures: string[] = []
      const probes = corpusOf(routesOf(ctx.config)).filter((_, i) => i % CALLERS.length === turn)
      for (const { method, path, body } of probes) {
        const response = await send({ method, path, body: body?.body, type: body?.type, token })
        if (response.status >= 500) {
          failures.push(
            `${response.status} ${method} ${path.slice(0, 160)}${body ? ` [${body.name}]` : ''}: ${response.text.slice(0, 160)}`,
          )
        }
      }
      expect(probes.length).toBeGreaterThan(500)
      expect(failures, failures.join('\n')).toEqual([])
      // about a minute per caller in CI; three on a machine also running other work
    }, 300_000)
  })
})
