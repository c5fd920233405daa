import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@redcloud/testing/freePort'
import { DEMO_PASSWORD } from '@redcloud/testing/signIn'
import { startCms, type RunningCms } from '@redcloud/testing/startCms'

let cms: RunningCms
let token: string
let published: number | string
let draft: number | string

const api = (path: string, init: RequestInit = {}) => fetch(`${cms.url}/api${path}`, init)
const json = (body: unknown, auth = true): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `JWT ${token}` } : {}) },
  body: JSON.stringify(body),
})
const messageOf = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message

beforeAll(async () => {
  cms = await startCms({ template: process.env.REDCLOUD_TEST_TEMPLATE, port: await freePort() })
  const login = await api('/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'volunteer.milano@redcloud.example.org', password: DEMO_PASSWORD }),
  })
  token = ((await login.json()) as { token: string }).token
  const practices = await (await api('/practices?limit=1&depth=0')).json()
  published = practices.docs[0].id
  const own = await (
    await api('/practices?limit=1&depth=0&draft=true&where[_status][equals]=draft', {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()
  draft = own.docs[0]?.id ?? 99999999
}, 300_000)
afterAll(async () => {
  await cms?.stop()
})

describe('SECURITY.md §15 Every expected error keeps its message in the production build', () => {
  it('errors thrown by RedCloud endpoints and the workflow plugin (APIError)', async () => {
    const report = await api(`/comments/1/report`, json({ reason: 'spam' }, false))
    expect(report.status).toBe(401)
    expect(await messageOf(report)).toBe('Sign in to report a comment.')
    const workflow = await api(`/practices/${published}/workflow`, json({ action: 'approve' }, false))
    expect(workflow.status).toBe(401)
    expect(await messageOf(workflow)).toBe('Sign in to act on the workflow.')
    const action = await api(`/practices/${published}/workflow`, json({ action: 'fly' }))
    expect(action.status).toBe(400)
    expect(await messageOf(action)).toMatch(/"action" must be one of/)
    const queue = await api('/workflow/queue')
    expect(queue.status).toBe(401)
    expect(await messageOf(queue)).toBe('Sign in to see your queue.')
  })

  it('validation errors thrown by hooks (ValidationError) name the field', async () => {
    const like = await api('/likes', json({ practice: draft }))
    expect(like.status).toBe(400)
    const body = await like.json()
    expect(JSON.stringify(body)).toMatch(/Choose a published practice\./)
    expect(JSON.stringify(body)).toMatch(/practice/)
  })

  it('bad input answers 4xx with its message, never 500', async () => {
    const id = await api('/practices/abc')
    expect(id.status).toBe(400)
    expect(await messageOf(id)).toMatch(/is not a valid id/)
    const where = await api('/practices?where[title][$where]=1')
    expect(where.status).toBe(400)
    expect(await messageOf(where)).toMatch(/"where\.title"/)
    const plain = await api('/likes', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Authorization: `JWT ${token}` },
      body: 'practice=1',
    })
    expect(plain.status).toBe(400)
    expect(await messageOf(plain)).toMatch(/JSON object/)
  })
})

describe('SECURITY.md §10 Cost, over HTTP on the production build', () => {
  it('GraphQL and its playground answer 404 unless GRAPHQL_ENABLED', async () => {
    const gql = await api('/graphql', json({ query: '{ Practices(limit: 0) { docs { id } } }' }, false))
    expect(gql.status).toBe(404)
    expect((await api('/graphql-playground')).status).toBe(404)
  })

  it('answers 413 to a JSON body past 1 MB, with Content-Length or chunked', async () => {
    const big = JSON.stringify({ practice: published, padding: 'x'.repeat(1100 * 1024) })
    const sized = await api('/likes', json(JSON.parse(big)))
    expect(sized.status).toBe(413)
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1
        if (sent > 400) controller.close()
        else controller.enqueue(new TextEncoder().encode(sent === 1 ? '{"padding":"' : 'x'.repeat(16 * 1024)))
      },
    })
    const chunked = await api('/likes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(chunked.status).toBe(413)
  })

  it('caps limit=0 at API_MAX_PAGE_SIZE and still counts everything', async () => {
    const page = await (await api('/units?limit=0&depth=0')).json()
    expect(page.docs.length).toBeLessThanOrEqual(100)
    expect(page.limit).toBe(100)
  })
})
