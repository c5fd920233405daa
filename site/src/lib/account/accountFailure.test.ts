import { describe, expect, it } from 'vitest'

import { translator } from '../translator'
import { accountFailure } from './accountFailure'
import { answerAccountFailure } from './answerAccountFailure'

const t = translator('en')
const refused = { message: 'Wrong e-mail or password.', status: 401 }

describe('accountFailure', () => {
  it('is no failure when the CMS says yes; for a sign-in, only with a session token', () => {
    const ok = { kind: 'ok', token: null, exp: null } as const
    expect(accountFailure({ result: ok, t, rateLimited: 'login.rateLimited', refused })).toBeNull()
    expect(
      accountFailure({
        result: { ...ok, token: 'tok' },
        t,
        rateLimited: 'login.rateLimited',
        refused,
        needsSession: true,
      }),
    ).toBeNull()
    expect(
      accountFailure({ result: ok, t, rateLimited: 'login.rateLimited', refused, needsSession: true }),
    ).toEqual({
      kind: 'refused',
      ...refused,
    })
  })

  it('shows a rate limit with its wait in the page’s words, as a 429 with Retry-After', () => {
    const failure = accountFailure({
      result: { kind: 'rateLimited', retryAfterSeconds: 600 },
      t,
      rateLimited: 'forgot.rateLimited',
      refused: null,
    })
    expect(failure).toEqual({
      kind: 'rateLimited',
      message: t('forgot.rateLimited', { wait: t('account.waitMinutes', { n: 10 }) }),
      status: 429,
      retryAfterSeconds: 600,
    })
    const response = { status: 200, headers: new Headers() }
    answerAccountFailure(response, failure!)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('600')
  })

  it('reads a CMS that cannot be reached the same on every page (503)', () => {
    for (const rateLimited of ['login.rateLimited', 'forgot.rateLimited'] as const) {
      expect(accountFailure({ result: { kind: 'unavailable' }, t, rateLimited, refused })).toEqual({
        kind: 'unavailable',
        message: t('account.unavailable'),
        status: 503,
      })
    }
  })

  it('words every refusal as the page says, or not at all when the page answers the same anyway', () => {
    const rejected = { kind: 'rejected', field: 'password', message: 'too short' } as const
    for (const result of [{ kind: 'invalid' } as const, rejected]) {
      expect(accountFailure({ result, t, rateLimited: 'login.rateLimited', refused })).toEqual({
        kind: 'refused',
        ...refused,
      })
      expect(accountFailure({ result, t, rateLimited: 'forgot.rateLimited', refused: null })).toBeNull()
    }
    const response = { status: 200, headers: new Headers() }
    answerAccountFailure(response, { kind: 'refused', ...refused })
    expect(response.status).toBe(401)
    expect(response.headers.has('retry-after')).toBe(false)
  })
})
