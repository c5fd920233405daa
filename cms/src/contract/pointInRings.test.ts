import { describe, expect, it } from 'vitest'

import type { Ring } from './parseSvgPath'

import { pointInRings } from './pointInRings'
import { regionAt } from './regionAt'

const square = (x: number, y: number, size: number): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
]

describe('pointInRings and regionAt', () => {
  it('tells inside from outside, holes excluded', () => {
    const rings = [square(0, 0, 10), square(4, 4, 2)]
    expect(pointInRings({ x: 1, y: 1 }, rings)).toBe(true)
    expect(pointInRings({ x: 5, y: 5 }, rings)).toBe(false)
    expect(pointInRings({ x: 11, y: 1 }, rings)).toBe(false)
  })

  it('finds the region a point is in, or the nearest one for a point just off the coast', () => {
    const regions = [
      { id: 'a', rings: [square(0, 0, 10)], box: { x0: 0, y0: 0, x1: 10, y1: 10 } },
      { id: 'b', rings: [square(20, 0, 10)], box: { x0: 20, y0: 0, x1: 30, y1: 10 } },
    ]
    expect(regionAt({ x: 25, y: 5 }, regions)?.id).toBe('b')
    expect(regionAt({ x: 11, y: 5 }, regions)?.id).toBe('a')
  })
})
