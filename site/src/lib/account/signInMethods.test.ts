import { describe, expect, it } from 'vitest'

import { signInMethods } from './signInMethods'

describe('signInMethods', () => {
  it('offers no single sign-on unless configured', () => {
    expect(signInMethods({})).toEqual([])
  })

  it('reads providers from SITE_SSO_PROVIDERS and drops unsafe or broken entries', () => {
    const providers = JSON.stringify([
      { id: 'cri', label: 'Intranet CRI', startPath: '/api/users/oidc/cri/authorize' },
      { id: 'evil', label: 'Elsewhere', startPath: '//evil.example/' },
      { id: 'x y', label: 'Bad id', startPath: '/a' },
      { id: 'nolabel', label: ' ', startPath: '/a' },
      null,
    ])
    expect(signInMethods({ SITE_SSO_PROVIDERS: providers })).toEqual([
      { id: 'cri', label: 'Intranet CRI', startPath: '/api/users/oidc/cri/authorize' },
    ])
  })

  it('fails loudly on a value that is not JSON', () => {
    expect(() => signInMethods({ SITE_SSO_PROVIDERS: 'cri' })).toThrow(/JSON list/)
  })
})
