import { describe, expect, it } from 'vitest'

import { isSameOriginRequest } from './isSameOriginRequest'

const origins = ['http://127.0.0.1:4321/en/account/login/', 'https://redcloud.example.org', undefined]
const check = (headers: Record<string, string>) =>
  isSameOriginRequest({ headers: new Headers(headers), origins })

describe('isSameOriginRequest', () => {
  it('accepts the site’s own pages', () => {
    expect(check({ 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:4321' })).toBe(true)
    expect(check({ origin: 'http://127.0.0.1:4321' })).toBe(true)
    expect(check({ origin: 'https://redcloud.example.org' })).toBe(true)
  })

  it('refuses other sites, sibling subdomains, opaque origins and header-less posts', () => {
    expect(check({ 'sec-fetch-site': 'cross-site', origin: 'http://127.0.0.1:4321' })).toBe(false)
    expect(check({ 'sec-fetch-site': 'same-site' })).toBe(false)
    expect(check({ 'sec-fetch-site': 'none' })).toBe(false)
    expect(check({ origin: 'https://evil.example' })).toBe(false)
    expect(check({ origin: 'http://redcloud.example.org' })).toBe(false)
    expect(check({ origin: 'null' })).toBe(false)
    expect(check({})).toBe(false)
  })
})
