import { describe, expect, it } from 'vitest'

import { oidcProviders } from './oidcProviders'

const entry = {
  id: 'cri',
  label: ' Intranet CRI ',
  issuer: 'https://id.cri.example/realms/cri',
  clientId: 'redcloud',
  clientSecret: 's3cret',
}

describe('oidcProviders', () => {
  it('is empty (single sign-on off) unless configured', () => {
    expect(oidcProviders({})).toEqual([])
    expect(oidcProviders({ OIDC_PROVIDERS: '{}' })).toEqual([])
  })

  it('reads a provider with safe defaults: openid and email scopes, verified e-mail required', () => {
    const [provider, ...rest] = oidcProviders({ OIDC_PROVIDERS: JSON.stringify([entry]) })
    expect(rest).toEqual([])
    expect(provider).toMatchObject({
      id: 'cri',
      label: 'Intranet CRI',
      clientId: 'redcloud',
      clientSecret: 's3cret',
    })
    expect(provider?.issuer.href).toBe('https://id.cri.example/realms/cri')
    expect(provider?.scopes).toEqual(['openid', 'email'])
    expect(provider?.requireVerifiedEmail).toBe(true)
  })

  it('adds configured scopes and lets a provider waive email_verified explicitly', () => {
    const [provider] = oidcProviders({
      OIDC_PROVIDERS: JSON.stringify([
        { ...entry, scopes: ['profile', 'email', 'bad scope', 3], requireVerifiedEmail: false },
      ]),
    })
    expect(provider?.scopes).toEqual(['openid', 'email', 'profile'])
    expect(provider?.requireVerifiedEmail).toBe(false)
  })

  it('drops entries that are incomplete or whose issuer is not https (http only on loopback)', () => {
    const providers = oidcProviders({
      OIDC_PROVIDERS: JSON.stringify([
        { ...entry, id: 'x y' },
        { ...entry, label: ' ' },
        { ...entry, clientSecret: '' },
        { ...entry, clientId: undefined },
        { ...entry, issuer: 'http://id.cri.example' },
        { ...entry, issuer: 'javascript:alert(1)' },
        { ...entry, issuer: 'not a url' },
        null,
        { ...entry, id: 'local', issuer: 'http://127.0.0.1:9000' },
      ]),
    })
    expect(providers.map((provider) => provider.id)).toEqual(['local'])
  })

  it('fails loudly on a value that is not JSON', () => {
    expect(() => oidcProviders({ OIDC_PROVIDERS: 'cri' })).toThrow(/JSON list/)
  })
})
