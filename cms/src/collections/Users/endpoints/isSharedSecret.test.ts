import { describe, expect, it } from 'vitest'

import { isSharedSecret } from './isSharedSecret'

describe('isSharedSecret', () => {
  it('accepts exactly the configured secret', () => {
    expect(isSharedSecret({ given: 's3cret-value', expected: 's3cret-value' })).toBe(true)
    expect(isSharedSecret({ given: 's3cret-valuE', expected: 's3cret-value' })).toBe(false)
    expect(isSharedSecret({ given: 's3cret', expected: 's3cret-value' })).toBe(false)
  })

  it('refuses everything when no secret is configured or none is given', () => {
    expect(isSharedSecret({ given: '', expected: '' })).toBe(false)
    expect(isSharedSecret({ given: 'anything', expected: null })).toBe(false)
    expect(isSharedSecret({ given: null, expected: 's3cret-value' })).toBe(false)
  })
})
