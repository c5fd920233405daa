import { describe, expect, it } from 'vitest'

import { jsonDepth } from './jsonDepth'

describe('jsonDepth', () => {
  it('counts nesting of objects and arrays, not brackets inside strings', () => {
    expect(jsonDepth('1')).toBe(0)
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3)
    expect(jsonDepth('{"a":"{{{[[[\\"{"}')).toBe(1)
    expect(jsonDepth('['.repeat(5000) + ']'.repeat(5000))).toBe(5000)
  })
})
