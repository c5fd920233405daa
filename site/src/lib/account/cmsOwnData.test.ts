import { describe, expect, it } from 'vitest'

import { cmsEraseOwnAccount, cmsExportOwnData } from './cmsOwnData'

const env = { CMS_URL: 'http://cms.test' }
const answering =
  (status: number, body = '{}', headers: Record<string, string> = {}) =>
  async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init })
    return new Response(body, { status, headers })
  }
let calls: { url: string; init?: RequestInit }[] = []

describe('cmsEraseOwnAccount', () => {
  it('posts the password on the session and reads each answer', async () => {
    calls = []
    expect(
      await cmsEraseOwnAccount({ token: 't', password: 'pw' }, { env, fetchImpl: answering(200) }),
    ).toEqual({
      kind: 'erased',
    })
    expect(calls[0]!.url).toBe('http://cms.test/api/users/me/erase')
    expect(calls[0]!.init?.headers).toMatchObject({ Authorization: 'JWT t' })
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual({ password: 'pw' })
    const kind = async (status: number) =>
      (await cmsEraseOwnAccount({ token: 't', password: 'pw' }, { env, fetchImpl: answering(status) })).kind
    expect(await kind(403)).toBe('wrongPassword')
    expect(await kind(401)).toBe('signedOut')
    expect(await kind(400)).toBe('passwordMissing')
    expect(await kind(500)).toBe('unavailable')
    expect(
      await cmsEraseOwnAccount(
        { token: 't', password: 'pw' },
        { env, fetchImpl: answering(429, '{}', { 'Retry-After': '30' }) },
      ),
    ).toEqual({ kind: 'rateLimited', retryAfterSeconds: 30 })
  })

  it('asks nothing without a password', async () => {
    calls = []
    expect(
      (await cmsEraseOwnAccount({ token: 't', password: '' }, { env, fetchImpl: answering(200) })).kind,
    ).toBe('passwordMissing')
    expect(calls).toHaveLength(0)
  })
})

describe('cmsExportOwnData', () => {
  it('passes the download on, never cached', async () => {
    const answer = await cmsExportOwnData(
      { token: 't' },
      {
        env,
        fetchImpl: answering(200, '{"account":{}}', {
          'Content-Disposition': 'attachment; filename="x.json"',
        }),
      },
    )
    expect(answer).toBeInstanceOf(Response)
    const response = answer as Response
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="x.json"')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(await response.text()).toBe('{"account":{}}')
    expect(await cmsExportOwnData({ token: 't' }, { env, fetchImpl: answering(401) })).toMatchObject({
      status: 401,
    })
  })
})
