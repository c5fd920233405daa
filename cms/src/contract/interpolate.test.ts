import { describe, expect, it } from 'vitest'

import { interpolate } from './interpolate'

describe('interpolate', () => {
  it('fills every placeholder, each time it occurs, with numbers and zero too', () => {
    expect(interpolate('Page {n} of {total}', { n: 2, total: 5 })).toBe('Page 2 of 5')
    expect(interpolate('{n} + {n}', { n: 0 })).toBe('0 + 0')
  })

  it('leaves placeholders it has no value for, inherited names included', () => {
    expect(interpolate('{n} results for “{q}”', { n: 3 })).toBe('3 results for “{q}”')
    expect(interpolate('{constructor} {toString}')).toBe('{constructor} {toString}')
  })

  it('inserts values as written: no replacement patterns, no second pass', () => {
    expect(interpolate('for “{q}”', { q: "$& $' $` $$ $1" })).toBe("for “$& $' $` $$ $1”")
    expect(interpolate('{q} / {n}', { q: '{n}', n: 1 })).toBe('{n} / 1')
  })
})
