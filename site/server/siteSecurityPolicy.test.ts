import { describe, expect, it } from 'vitest'

import { siteSecurityPolicy } from './siteSecurityPolicy.ts'

const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  )

describe('SECURITY.md §9 Rendering: the site security policy', () => {
  it('allows no inline script, no framing, no plugins, no <base>, forms only to the site', () => {
    const { headers } = siteSecurityPolicy({ env: { CMS_URL: 'http://localhost:3000' } })
    const csp = directivesOf(headers['Content-Security-Policy']!)
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
  })

  it('allows media from exactly the CMS origin visitors use', () => {
    const split = siteSecurityPolicy({
      env: { CMS_URL: 'http://cms:3000', PUBLIC_CMS_URL: 'https://media.example.org/cms/' },
    })
    const csp = directivesOf(split.headers['Content-Security-Policy']!)
    expect(csp.get('img-src')).toEqual(["'self'", 'https://media.example.org', 'data:'])
    expect(csp.get('media-src')).toEqual(["'self'", 'https://media.example.org'])
    const internal = directivesOf(
      siteSecurityPolicy({ env: { CMS_URL: 'http://cms:3000' } }).headers['Content-Security-Policy']!,
    )
    expect(internal.get('img-src')).toEqual(["'self'", 'http://cms:3000', 'data:'])
    // empty: media URLs are relative, on the site's own origin
    const sameOrigin = siteSecurityPolicy({ env: { CMS_URL: 'http://cms:3000', PUBLIC_CMS_URL: '' } })
    expect(directivesOf(sameOrigin.headers['Content-Security-Policy']!).get('img-src')).toEqual([
      "'self'",
      'data:',
    ])
  })

  it('allows map tiles from MAP_TILE_URL’s origin only when it is set (off by default)', () => {
    const off = directivesOf(
      siteSecurityPolicy({ env: { CMS_URL: 'http://cms:3000' } }).headers['Content-Security-Policy']!,
    )
    expect(off.get('img-src')).toEqual(["'self'", 'http://cms:3000', 'data:'])
    const on = siteSecurityPolicy({
      env: { CMS_URL: 'http://cms:3000', MAP_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' },
    })
    const csp = directivesOf(on.headers['Content-Security-Policy']!)
    expect(csp.get('img-src')).toEqual(["'self'", 'http://cms:3000', 'https://*.tiles.example.org', 'data:'])
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
  })

  it('gives Astro the same directives, so page policies only add hashes', () => {
    const { astro, headers } = siteSecurityPolicy({ env: {} })
    const csp = headers['Content-Security-Policy']!
    for (const directive of astro.directives) expect(csp).toContain(directive)
    expect(astro.scriptDirective.resources).not.toContain("'unsafe-inline'")
    expect(astro.styleDirective.resources).not.toContain("'unsafe-inline'")
  })
})
