import { describe, expect, it } from 'vitest'

import { accountRequest } from './accountRequest'

const astro = (locale: string, init: RequestInit = {}) => ({
  params: { locale },
  request: new Request('http://localhost:4321/en/account/login/', init),
  url: new URL('http://localhost:4321/en/account/login/'),
  site: new URL('https://redcloud.example.org'),
})

describe('accountRequest', () => {
  it('is a 404 for a language the site does not have', () => {
    expect((accountRequest(astro('de')) as Response).status).toBe(404)
  })

  it('refuses a POST from another site with 403, in the page’s language', async () => {
    const response = accountRequest(
      astro('it', { method: 'POST', headers: { Origin: 'https://evil.example' }, body: 'email=a' }),
    ) as Response
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('RedCloud')
  })

  it('accepts GETs and same-origin POSTs, behind a proxy too, and reads the form', async () => {
    expect(accountRequest(astro('en'))).toMatchObject({ locale: 'en', isPost: false })
    const request = accountRequest(
      astro('fr', {
        method: 'POST',
        headers: {
          Origin: 'https://redcloud.example.org',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'email=a%40b.c',
      }),
    )
    if (request instanceof Response) throw new Error('refused')
    expect(request.isPost).toBe(true)
    expect((await request.form()).get('email')).toBe('a@b.c')
  })
})
