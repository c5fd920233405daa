import { describe, expect, it } from 'vitest'

import { linearScale } from './linearScale'
import { niceTicks } from './niceTicks'

describe('niceTicks', () => {
  it('covers the values with round steps', () => {
    expect(niceTicks(3, 97)).toEqual({ min: 0, max: 100, step: 50, ticks: [0, 50, 100] })
    expect(niceTicks(0, 1234).ticks).toEqual([0, 500, 1000, 1500])
    expect(niceTicks(0.1, 0.35).ticks).toEqual([0.1, 0.2, 0.3, 0.4])
  })

  it('spans negative values and zero', () => {
    const { ticks } = niceTicks(-12, 7)
    expect(ticks[0]).toBeLessThanOrEqual(-12)
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(7)
    expect(ticks).toContain(0)
  })

  it('widens an empty span around its one value', () => {
    expect(niceTicks(0, 0)).toMatchObject({ min: 0, max: 1 })
    const { min, max } = niceTicks(40, 40)
    expect(min).toBeLessThan(40)
    expect(max).toBeGreaterThan(40)
    const negative = niceTicks(-5, -5)
    expect(negative.min).toBeLessThan(-5)
    expect(negative.max).toBeGreaterThan(-5)
  })

  it('takes bounds in either order and survives non-finite input', () => {
    expect(niceTicks(97, 3).ticks).toEqual([0, 50, 100])
    expect(niceTicks(Number.NaN, Number.POSITIVE_INFINITY)).toMatchObject({ min: 0, max: 1 })
  })

  it('gives ticks without floating-point dust', () => {
    for (const tick of niceTicks(0.3, 0.7).ticks) expect(String(tick)).toMatch(/^-?\d+(\.\d)?$/)
  })
})

describe('linearScale', () => {
  it('maps a domain onto a range, reversed or not, and an empty domain to the middle', () => {
    expect(linearScale([0, 10], [0, 100])(5)).toBe(50)
    expect(linearScale([0, 10], [100, 0])(2)).toBe(80)
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50)
  })
})
