import { describe, expect, it } from 'vitest'

import { signInMethods } from './signInMethods'

describe('signInMethods', () => {
  it('offers no single sign-on unless configured', () => {
    expect(signInMethods({}, { locale: 'it' })).toEqual([])
  })

  it('reads providers from SITE_SSO_PROVIDERS and drops unsafe or broken entries', () => {
    const providers = JSON.stringify([
      { id: 'cri', label: 'Intranet CRI', startPath: '/api/users/oidc/cri/authorize' },
      { id: 'evil', label: 'Elsewhere', startPath: '//evil.example/' },
      { id: 'x y', label: 'Bad id', startPath: '/a' },
      { id: 'nolabel', label: ' ', startPath: '/a' },
      null,
    ])
    expect(signInMethods({ SITE_SSO_PROVIDERS: providers }, { locale: 'it' })).toEqual([
      { id: 'cri', label: 'Intranet CRI', startPath: '/api/users/oidc/cri/authorize' },
    ])
  })

  it("lists the OpenID Connect providers first, started by the site in the page's language", () => {
    const oidc = JSON.stringify([
      {
        id: 'cri',
        label: 'Intranet CRI',
        issuer: 'https://id.cri.example',
        clientId: 'c',
        clientSecret: 's',
      },
    ])
    const other = JSON.stringify([
      { id: 'cri', label: 'Duplicate', startPath: '/x' },
      { id: 'saml', label: 'SAML', startPath: '/saml/start' },
    ])
    expect(signInMethods({ OIDC_PROVIDERS: oidc, SITE_SSO_PROVIDERS: other }, { locale: 'fr' })).toEqual([
      { id: 'cri', label: 'Intranet CRI', startPath: '/fr/account/sso/cri/' },
      { id: 'saml', label: 'SAML', startPath: '/saml/start' },
    ])
  })

  it('fails loudly on a value that is not JSON', () => {
    expect(() => signInMethods({ SITE_SSO_PROVIDERS: 'cri' }, { locale: 'it' })).toThrow(/JSON list/)
  })
})
