import { describe, expect, it } from 'vitest'

import { safeNextPath } from './safeNextPath'

const fallback = '/it/'

describe('safeNextPath', () => {
  it.each([
    ['/en/practices/orto-sociale/', '/en/practices/orto-sociale/'],
    ['/fr/search/?q=eau#r', '/fr/search/?q=eau#r'],
    ['/en/account/submissions/', '/en/account/submissions/'],
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
