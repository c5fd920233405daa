import { describe, expect, it } from 'vitest'

import {
  cmsForgotPassword,
  cmsLogin,
  cmsLogout,
  cmsRegister,
  cmsResetPassword,
  cmsVerifyEmail,
  retryAfterSeconds,
} from './cmsAuth'

const env = { CMS_URL: 'http://cms.test/' }
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (async () => Response.json(body, { status, headers })) as unknown as typeof fetch

describe('cmsAuth', () => {
  it('logs in with the CMS and keeps the token and its expiry, passing the visitor’s address', async () => {
    let asked: { url: string; init: RequestInit } | undefined
    const fetchImpl = (async (url: string, init: RequestInit) => {
      asked = { url, init }
      return Response.json({ token: 'tok', exp: 1_900_000_000, user: { email: 'a@b.c' } })
    }) as typeof fetch
    const result = await cmsLogin(
      { email: 'a@b.c', password: 'pw' },
      { env, fetchImpl, clientAddress: '10.0.0.7' },
    )
    expect(result).toEqual({ kind: 'ok', token: 'tok', exp: 1_900_000_000 })
    expect(asked?.url).toBe('http://cms.test/api/users/login')
    expect(JSON.parse(String(asked?.init.body))).toEqual({ email: 'a@b.c', password: 'pw' })
    expect(new Headers(asked?.init.headers).get('x-forwarded-for')).toBe('10.0.0.7')
  })

  it('reads unknown e-mail, wrong password and a locked account the same way', async () => {
    for (const status of [401, 423]) {
      const fetchImpl = answer(status, {
        errors: [{ message: 'The email or password provided is incorrect.' }],
      })
      expect(await cmsLogin({ email: 'x', password: 'y' }, { env, fetchImpl })).toEqual({ kind: 'invalid' })
    }
  })

  it('passes the wait of a 429 on, and a down CMS as unavailable', async () => {
    const limited = answer(429, { errors: [{ message: 'Too many' }] }, { 'Retry-After': '90' })
    expect(await cmsForgotPassword('a@b.c', { env, fetchImpl: limited })).toEqual({
      kind: 'rateLimited',
      retryAfterSeconds: 90,
    })
    const down = (async () => {
      throw new TypeError('fetch failed')
    }) as typeof fetch
    expect(await cmsLogin({ email: 'a', password: 'b' }, { env, fetchImpl: down })).toEqual({
      kind: 'unavailable',
    })
  })

  it('names the field a reset was refused for, and logs out with the visitor’s token', async () => {
    const refused = answer(400, {
      errors: [{ message: 'invalid', data: { errors: [{ path: 'password', message: 'Too short.' }] } }],
    })
    expect(await cmsResetPassword({ token: 't', password: 'p' }, { env, fetchImpl: refused })).toEqual({
      kind: 'rejected',
      field: 'password',
      message: 'Too short.',
      fields: ['password'],
    })
    let auth: null | string = null
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      auth = new Headers(init.headers).get('Authorization')
      return Response.json({ message: 'ok' })
    }) as typeof fetch
    expect((await cmsLogout('tok', { env, fetchImpl })).kind).toBe('ok')
    expect(auth).toBe('JWT tok')
  })

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterSeconds('12')).toBe(12)
    expect(retryAfterSeconds(new Date(61_000).toUTCString(), 0)).toBe(61)
    expect(retryAfterSeconds(null)).toBe(60)
  })

  it('tells an account waiting for approval, rejected or deactivated apart, only on sign-in', async () => {
    for (const accountStatus of ['pending', 'rejected', 'deactivated'] as const) {
      const fetchImpl = answer(403, { errors: [{ message: 'no', data: { accountStatus } }] })
      expect(await cmsLogin({ email: 'a', password: 'b' }, { env, fetchImpl })).toEqual({
        kind: 'inactive',
        accountStatus,
      })
    }
    const unverified = answer(403, { errors: [{ message: 'Please verify your email.' }] })
    expect(await cmsLogin({ email: 'a', password: 'b' }, { env, fetchImpl: unverified })).toEqual({
      kind: 'inactive',
      accountStatus: 'unverified',
    })
    const badLink = answer(403, { errors: [{ message: 'Token is either invalid or has expired.' }] })
    expect((await cmsResetPassword({ token: 't', password: 'p' }, { env, fetchImpl: badLink })).kind).toBe(
      'rejected',
    )
  })

  it('registers with exactly the form’s fields, names every refused one, and confirms an address', async () => {
    let asked: { url: string; body: unknown } | undefined
    const accepted = (async (url: string, init: RequestInit) => {
      asked = { url, body: JSON.parse(String(init.body)) }
      return Response.json({ message: 'Check your e-mail.' }, { status: 202 })
    }) as typeof fetch
    const registration = {
      name: 'N',
      email: 'n@example.org',
      password: 'pw',
      unit: '7',
      language: 'fr',
      acceptTerms: true,
    }
    expect((await cmsRegister(registration, { env, fetchImpl: accepted })).kind).toBe('ok')
    expect(asked).toEqual({ url: 'http://cms.test/api/users/register', body: registration })
    const refused = answer(400, {
      errors: [{ message: 'invalid', data: { errors: [{ path: 'unit' }, { path: 'password' }] } }],
    })
    const result = await cmsRegister(registration, { env, fetchImpl: refused })
    expect(result.kind === 'rejected' && result.fields).toEqual(['unit', 'password'])
    const verified = (async (url: string) => {
      asked = { url, body: null }
      return Response.json({ message: 'Email verified successfully.' })
    }) as typeof fetch
    expect((await cmsVerifyEmail('ab12', { env, fetchImpl: verified })).kind).toBe('ok')
    expect(asked?.url).toBe('http://cms.test/api/users/verify/ab12')
  })
})
