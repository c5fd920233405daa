import { describe, expect, it } from 'vitest'

import { ssoFlowCookie } from './ssoFlowCookie'

const flow = { provider: 'cri', state: 's', nonce: 'n', codeVerifier: 'v', next: '/en/' }

describe('ssoFlowCookie', () => {
  it('round-trips a flow and rejects anything else', () => {
    expect(ssoFlowCookie.parse(ssoFlowCookie.serialize(flow))).toEqual(flow)
    for (const raw of [undefined, '', 'x', '{}', JSON.stringify({ ...flow, nonce: 3 }), 'null']) {
      expect(ssoFlowCookie.parse(raw)).toBeNull()
    }
  })

  it('is HttpOnly, SameSite=Lax, short-lived, on the given path, Secure unless COOKIE_INSECURE', () => {
    expect(ssoFlowCookie.options({ path: '/en/account/sso/cri/', env: {} })).toEqual({
      path: '/en/account/sso/cri/',
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      maxAge: 600,
    })
    expect(ssoFlowCookie.options({ path: '/', env: { COOKIE_INSECURE: 'true' } }).secure).toBe(false)
  })
})
