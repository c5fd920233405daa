import { describe, expect, it } from 'vitest'

import { median } from './median'

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5)
  })
  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5)
  })
  it('is null for no values, and the value itself for one', () => {
    expect(median([])).toBeNull()
    expect(median([7])).toBe(7)
  })
})
