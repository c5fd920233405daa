import { describe, expect, it } from 'vitest'

import { cmsSsoSession } from './cmsSsoSession'

const env = { CMS_URL: 'http://cms.test', SSO_SHARED_SECRET: 'shh' }
const answer =
  (status: number, body: unknown, headers: Record<string, string> = {}, seen: Request[] = []) =>
  async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Request(input, init))
    return new Response(JSON.stringify(body), { status, headers })
  }

describe('cmsSsoSession', () => {
  it('sends the shared secret and the e-mail, and returns the token', async () => {
    const seen: Request[] = []
    const result = await cmsSsoSession({
      email: 'a@b.example',
      clientAddress: '192.0.2.1',
      env,
      fetchImpl: answer(200, { token: 't', exp: 5 }, {}, seen),
    })
    expect(result).toEqual({ kind: 'ok', token: 't', exp: 5 })
    expect(seen[0]?.url).toBe('http://cms.test/api/users/sso-session')
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer shh')
    expect(seen[0]?.headers.get('x-forwarded-for')).toBe('192.0.2.1')
    await expect(seen[0]?.json()).resolves.toEqual({ email: 'a@b.example' })
  })

  it('reads refusals, limits and outages', async () => {
    for (const status of [400, 401, 403]) {
      expect(await cmsSsoSession({ email: 'a@b.example', env, fetchImpl: answer(status, {}) })).toEqual({
        kind: 'invalid',
      })
    }
    expect(
      await cmsSsoSession({ email: 'a@b.example', env, fetchImpl: answer(429, {}, { 'Retry-After': '30' }) }),
    ).toEqual({ kind: 'rateLimited', retryAfterSeconds: 30 })
    expect(await cmsSsoSession({ email: 'a@b.example', env, fetchImpl: answer(502, {}) })).toEqual({
      kind: 'unavailable',
    })
    const failing = async () => {
      throw new Error('down')
    }
    expect(await cmsSsoSession({ email: 'a@b.example', env, fetchImpl: failing })).toEqual({
      kind: 'unavailable',
    })
  })

  it('passes the claims on, and reads an account waiting for approval and a refused provisioning', async () => {
    const seen: Request[] = []
    const claims = { email: 'a@b.example', email_verified: true, unit: 'LOM-MI' }
    const pending = await cmsSsoSession({
      email: 'a@b.example',
      claims,
      env,
      fetchImpl: answer(
        403,
        { errors: [{ message: 'waiting', data: { accountStatus: 'pending' } }] },
        {},
        seen,
      ),
    })
    expect(pending).toEqual({ kind: 'inactive', accountStatus: 'pending' })
    await expect(seen[0]?.json()).resolves.toEqual({ email: 'a@b.example', claims })
    const unit = { errors: [{ message: 'no unit', data: { reason: 'unitClaim', claim: 'cri_unit' } }] }
    expect(await cmsSsoSession({ email: 'a@b.example', claims, env, fetchImpl: answer(403, unit) })).toEqual({
      kind: 'provisionRefused',
      reason: 'unitClaim',
      claim: 'cri_unit',
    })
    const unverified = { errors: [{ data: { reason: 'emailNotVerified' } }] }
    expect(
      await cmsSsoSession({ email: 'a@b.example', claims, env, fetchImpl: answer(403, unverified) }),
    ).toEqual({ kind: 'provisionRefused', reason: 'emailNotVerified', claim: '' })
    const other = { errors: [{ data: { accountStatus: 'active', reason: 'whatever' } }] }
    expect(await cmsSsoSession({ email: 'a@b.example', claims, env, fetchImpl: answer(403, other) })).toEqual(
      {
        kind: 'invalid',
      },
    )
  })

  it('asks nothing when no shared secret is configured', async () => {
    const seen: Request[] = []
    const result = await cmsSsoSession({
      email: 'a@b.example',
      env: { CMS_URL: 'http://cms.test' },
      fetchImpl: answer(200, { token: 't' }, {}, seen),
    })
    expect(result).toEqual({ kind: 'invalid' })
    expect(seen).toHaveLength(0)
  })
})
