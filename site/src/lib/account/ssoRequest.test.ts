import { describe, expect, it } from 'vitest'

import { ssoRequest } from './ssoRequest'

const env = {
  SITE_URL: 'https://redcloud.example.org/',
  OIDC_PROVIDERS: JSON.stringify([
    { id: 'cri', label: 'Intranet CRI', issuer: 'https://id.cri.example', clientId: 'c', clientSecret: 's' },
  ]),
}
const astro = (url: string, params: Record<string, string>, method = 'GET') => ({
  params,
  request: new Request(url, { method }),
  site: new URL('https://redcloud.example.org'),
  url: new URL(url),
})

describe('ssoRequest', () => {
  it('knows the configured provider, its routes and the public origin', () => {
    const request = ssoRequest(
      astro('http://127.0.0.1:4321/en/account/sso/cri/', { locale: 'en', id: 'cri' }),
      env,
    )
    expect(request).not.toBeInstanceOf(Response)
    expect(request).toMatchObject({
      locale: 'en',
      base: '/en/account/sso/cri/',
      origin: 'https://redcloud.example.org',
      provider: { id: 'cri' },
    })
  })

  it('answers 404 for an unknown provider, when single sign-on is off, for a POST and an unknown language', () => {
    const cases = [
      ssoRequest(astro('http://x/en/account/sso/other/', { locale: 'en', id: 'other' }), env),
      ssoRequest(astro('http://x/en/account/sso/cri/', { locale: 'en', id: 'cri' }), {}),
      ssoRequest(astro('http://x/xx/account/sso/cri/', { locale: 'xx', id: 'cri' }), env),
    ]
    for (const response of cases) expect((response as Response).status).toBe(404)
    const post = ssoRequest(
      astro('https://redcloud.example.org/en/account/sso/cri/', { locale: 'en', id: 'cri' }, 'POST'),
      env,
    )
    expect([403, 404]).toContain((post as Response).status)
  })
})
