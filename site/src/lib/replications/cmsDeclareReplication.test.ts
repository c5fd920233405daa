import { describe, expect, it } from 'vitest'

import { cmsDeclareReplication } from './cmsDeclareReplication'

const env = { CMS_URL: 'http://cms.test' }
const answering = (status: number, body: unknown, headers: Record<string, string> = {}) => {
  const calls: { url: string; init: RequestInit }[] = []
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return new Response(JSON.stringify(body), { status, headers })
  }) as unknown as typeof fetch
  return { calls, fetchImpl }
}
const declare = (fetchImpl: typeof fetch, adaptations = '  Con le scuole  ') =>
  cmsDeclareReplication(
    {
      token: 'tok',
      locale: 'it',
      declaration: { practice: 7, status: 'planned', startDate: '', adaptations },
    },
    { env, fetchImpl, clientAddress: '203.0.113.9' },
  )

describe('cmsDeclareReplication', () => {
  it('posts the declaration on the session, in the page language, without empty fields', async () => {
    const { calls, fetchImpl } = answering(201, { doc: { id: 12 } })
    expect(await declare(fetchImpl)).toEqual({ kind: 'declared', id: '12' })
    expect(calls[0]?.url).toBe('http://cms.test/api/replications?locale=it&depth=0')
    const headers = calls[0]?.init.headers as Record<string, string>
    expect(headers.Authorization).toBe('JWT tok')
    expect(headers['X-Forwarded-For']).toBe('203.0.113.9')
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      practice: 7,
      status: 'planned',
      adaptations: 'Con le scuole',
    })
  })

  it('tells a duplicate, a refused origin, a bad field, a lost session, a rate limit and an outage apart', async () => {
    expect(await declare(answering(409, { errors: [{ message: 'already' }] }).fetchImpl)).toEqual({
      kind: 'duplicate',
    })
    const refused = { errors: [{ data: { errors: [{ path: 'practice', message: 'x' }] } }] }
    expect(await declare(answering(400, refused).fetchImpl)).toEqual({ kind: 'refused', field: 'practice' })
    const invalid = { errors: [{ data: { errors: [{ path: 'adaptations', message: 'x' }] } }] }
    expect(await declare(answering(400, invalid).fetchImpl)).toEqual({
      kind: 'invalid',
      field: 'adaptations',
    })
    expect(await declare(answering(401, {}).fetchImpl)).toEqual({ kind: 'signedOut' })
    expect(await declare(answering(429, {}, { 'Retry-After': '30' }).fetchImpl)).toEqual({
      kind: 'rateLimited',
      retryAfterSeconds: 30,
    })
    expect(await declare(answering(500, {}).fetchImpl)).toEqual({ kind: 'unavailable' })
    const failing = (async () => {
      throw new Error('down')
    }) as unknown as typeof fetch
    expect(await declare(failing)).toEqual({ kind: 'unavailable' })
  })
})
