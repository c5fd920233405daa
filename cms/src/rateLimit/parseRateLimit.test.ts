import { describe, expect, it } from 'vitest'

import { parseRateLimit } from './parseRateLimit'

describe('parseRateLimit', () => {
  it('reads max per window', () => {
    expect(parseRateLimit({ name: 'X', value: '10/15m' })).toEqual({ max: 10, windowMs: 900_000 })
    expect(parseRateLimit({ name: 'X', value: '5/h' })).toEqual({ max: 5, windowMs: 3_600_000 })
    expect(parseRateLimit({ name: 'X', value: ' 3 / 30s ' })).toEqual({ max: 3, windowMs: 30_000 })
    expect(parseRateLimit({ name: 'X', value: 'off' })).toBeNull()
  })

  it('refuses anything else, naming the variable', () => {
    for (const value of ['', '10', '0/1m', '10/0m', '10/15x', '-1/1m', 'ten/1m']) {
      expect(() => parseRateLimit({ name: 'RATE_LIMIT_LOGIN', value }), value).toThrow(/RATE_LIMIT_LOGIN/)
    }
  })
})
