import { describe, expect, it } from 'vitest'

import { sessionCookieOptions } from './sessionCookieOptions'

describe('sessionCookieOptions', () => {
  it('is HttpOnly, SameSite=Lax, Secure and expires with the token', () => {
    expect(sessionCookieOptions({ exp: 1_900_000_000, env: {} })).toEqual({
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      expires: new Date(1_900_000_000_000),
    })
  })

  it('drops Secure only when COOKIE_INSECURE=true, and has no expiry without one', () => {
    expect(sessionCookieOptions({ env: { COOKIE_INSECURE: 'true' } })).toEqual({
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
    })
    expect(sessionCookieOptions({ env: { COOKIE_INSECURE: '1' } }).secure).toBe(true)
  })
})
