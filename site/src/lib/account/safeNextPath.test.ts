import { describe, expect, it } from 'vitest'

import { safeNextPath } from './safeNextPath'

const fallback = '/it/'
const site = 'https://site.example'

/** Where a browser goes with this Location header, and where it goes if the path is decoded once more. */
const destinations = (location: string) => {
  const url = new URL(location, `${site}/en/account/login/`)
  return [url, new URL(decodeURIComponent(url.pathname), site)]
}

describe('safeNextPath', () => {
  it.each([
    ['/en/practices/orto-sociale/', '/en/practices/orto-sociale/'],
    ['/fr/search/?q=eau#r', '/fr/search/?q=eau#r'],
    ['/fr/search/?q=eau%20potable', '/fr/search/?q=eau%20potable'],
    ['/en/account/submissions/', '/en/account/submissions/'],
    ['/it/practices/a/../b/', '/it/practices/b/'],
    ['/it/@team/', '/it/@team/'],
  ])('keeps a path on this site: %s', (next, expected) =>
    expect(safeNextPath({ next, fallback })).toBe(expected),
  )

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'en/practices/',
    '',
    '/en/account/login/',
    '/it/account/logout/',
    '/api/users/me',
    '/admin',
    undefined,
    ['/en/'],
    `/${'a'.repeat(2001)}`,
  ])('refuses %j', (next) => expect(safeNextPath({ next, fallback })).toBe(fallback))
})

describe('SECURITY.md §14 Redirects: a corpus of bypasses never leaves the site', () => {
  const hosts = ['evil.example', 'evil.example/', 'evil.example@site.example', 'user:pass@evil.example']
  const prefixes = [
    '//',
    '///',
    '/\\',
    '\\/',
    '\\\\',
    '/./',
    '/.//',
    '/..//',
    '/../..//',
    '/a/..//',
    '/%2e//',
    '/%2e%2e//',
    '/.%2f/',
    '/%2f',
    '/%2f%2f',
    '/%2F%2F',
    '/%252f%252f',
    '/%25252f%25252f',
    '/%5c',
    '/%5C%5C',
    '/%255c',
    '/\t/',
    '/\n/',
    '/\r\n/',
    '/ /',
    '/%09/',
    '/%0a/',
    '/%20/',
    '/\u00a0/',
    '/\u200b/',
    '/\ufeff/',
    ' //',
    '\t//',
    '\n//',
    '/／',
    '/⁄',
    '/∕',
    '/＼',
    '/%EF%BC%8F',
    '/%E2%81%84',
    '/%E2%88%95',
    'https://',
    'https:/',
    'https:',
    'http:\\\\',
    'HTTPS://',
    '//@',
    '/.\\/',
  ]
  const schemes = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/javascript:alert(1)',
    '/%6a%61%76%61%73%63%72%69%70%74:alert(1)',
  ]
  const corpus = [
    ...prefixes.flatMap((prefix) => hosts.map((host) => prefix + host)),
    ...schemes,
    `/${'/'.repeat(3000)}evil.example`,
    `/en/${'a'.repeat(5000)}`,
    '/en/%',
    '/en/%zz',
    '/' + '%25'.repeat(10) + '2f/evil.example',
  ]

  it.each(corpus)('%j stays on the site', (next) => {
    const result = safeNextPath({ next, fallback })
    for (const url of destinations(result)) expect(url.origin).toBe(site)
    expect(result).toMatch(/^\/(?![/\\])/)
    // the result is stable: passing it through again (e.g. the SSO flow cookie) changes nothing
    expect(safeNextPath({ next: result, fallback })).toBe(result)
  })

  // "/./evil.example" is the site's own path "/evil.example": every other prefix is a bypass attempt.
  it.each(prefixes.filter((prefix) => prefix !== '/./').map((prefix) => prefix + 'evil.example'))(
    '%j is refused, not rewritten',
    (next) => expect(safeNextPath({ next, fallback })).toBe(fallback),
  )

  it.each(['/en/account/%6cogin/', '/EN/Account/Login/', '/%61pi/users/me', '/en/account/sso/x/'])(
    'refuses the account forms and the CMS in any spelling: %j',
    (next) => expect(safeNextPath({ next, fallback })).toBe(fallback),
  )
})
