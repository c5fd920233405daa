import { describe, expect, it } from 'vitest'

import type { Ring } from './parseSvgPath'

import { simplifyRing } from './simplifyRing'

describe('simplifyRing (Douglas-Peucker)', () => {
  it('drops points closer than the tolerance to the line and keeps the corners', () => {
    const square: Ring = [
      [0, 0],
      [5, 0.1],
      [10, 0],
      [10, 5],
      [10.2, 10],
      [5, 10],
      [0, 10],
      [0, 5],
    ]
    const simplified = simplifyRing(square, 0.5)
    expect(simplified).toEqual([
      [0, 0],
      [10, 0],
      [10.2, 10],
      [0, 10],
    ])
  })

  it('keeps every point farther than the tolerance', () => {
    const zigzag: Ring = [
      [0, 0],
      [1, 3],
      [2, 0],
      [3, 3],
      [4, 0],
      [2, -5],
    ]
    expect(simplifyRing(zigzag, 0.5)).toEqual(zigzag)
  })

  it('drops a ring that shrinks below a triangle', () => {
    const sliver: Ring = [
      [0, 0],
      [1, 0.01],
      [2, 0],
      [3, 0.01],
      [4, 0],
    ]
    expect(simplifyRing(sliver, 1)).toEqual([])
  })
})
