import { describe, expect, it } from 'vitest'

import { cmsPracticeAction } from './cmsPracticeAction'

const reply = (status: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  (async () => new Response(JSON.stringify(body), { status, headers })) as typeof fetch

describe('cmsPracticeAction', () => {
  it('calls the CMS on the visitor’s session and reads the new draft’s id', async () => {
    let seen: { url: string; init?: RequestInit } | null = null
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      seen = { url, init }
      return new Response(JSON.stringify({ id: 42, editUrl: 'x' }), { status: 201 })
    }) as typeof fetch
    const result = await cmsPracticeAction(
      { action: 'adapt', body: { locale: 'fr' }, id: '../users/1', token: 'tok' },
      { env: { CMS_URL: 'http://cms.test' }, fetchImpl },
    )
    expect(result).toEqual({ kind: 'adapted', id: '42' })
    expect(seen!.url).toBe('http://cms.test/api/practices/..%2Fusers%2F1/adapt')
    expect((seen!.init?.headers as Record<string, string>).Authorization).toBe('JWT tok')
  })

  it.each([
    [401, 'signedOut'],
    [404, 'notFound'],
    [400, 'invalid'],
    [500, 'unavailable'],
  ])('%i → %s', async (status, kind) => {
    const result = await cmsPracticeAction(
      { action: 'contact', body: {}, id: '1', token: 't' },
      { fetchImpl: reply(status) },
    )
    expect(result.kind).toBe(kind)
  })

  it('429 carries the wait; a sent message says who received it, never an address', async () => {
    const limited = await cmsPracticeAction(
      { action: 'contact', body: {}, id: '1', token: 't' },
      { fetchImpl: reply(429, {}, { 'Retry-After': '120' }) },
    )
    expect(limited).toEqual({ kind: 'rateLimited', retryAfterSeconds: 120 })
    const sent = await cmsPracticeAction(
      { action: 'contact', body: {}, id: '1', token: 't' },
      { fetchImpl: reply(200, { to: 'unit' }) },
    )
    expect(sent).toEqual({ kind: 'sent', to: 'unit' })
  })
})
