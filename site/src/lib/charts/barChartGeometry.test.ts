import { describe, expect, it } from 'vitest'

import { barChartGeometry } from './barChartGeometry'

describe('barChartGeometry', () => {
  it('has nothing to draw without a finite value', () => {
    expect(barChartGeometry([])).toBeNull()
    expect(barChartGeometry([{ label: 'x', value: Number.NaN }])).toBeNull()
  })

  it('draws bars from zero, longer for larger values, one row each', () => {
    const g = barChartGeometry([
      { label: 'Lombardia', value: 120 },
      { label: 'Lazio', value: 30 },
    ])!
    const [a, b] = g.bars
    expect(a!.x).toBe(g.zeroX)
    expect(a!.width).toBeGreaterThan(b!.width)
    expect(b!.y).toBeGreaterThan(a!.y)
    expect(g.height).toBeGreaterThan(b!.y + b!.height)
    expect(a!.x + a!.width).toBeLessThanOrEqual(g.width)
    for (const bar of g.bars)
      for (const n of [bar.x, bar.y, bar.width]) expect(Number.isInteger(n)).toBe(true)
  })

  it('writes the value inside a long bar and past the end of a short one', () => {
    const g = barChartGeometry([
      { label: 'a', value: 100 },
      { label: 'b', value: 10 },
    ])!
    expect(g.bars[0]!.valueInside).toBe(true)
    expect(g.bars[1]!.valueInside).toBe(false)
    expect(g.bars[1]!.valueX).toBeGreaterThan(g.bars[1]!.x + g.bars[1]!.width)
  })

  it('draws negative values left of zero and zero values as no bar', () => {
    const g = barChartGeometry([
      { label: 'down', value: -5 },
      { label: 'flat', value: 0 },
      { label: 'up', value: 5 },
    ])!
    expect(g.zeroX).toBeGreaterThan(0)
    expect(g.bars[0]!.x + g.bars[0]!.width).toBe(g.zeroX)
    expect(g.bars[1]!.width).toBe(0)
    expect(g.bars[2]!.x).toBe(g.zeroX)
  })

  it('draws all-equal values as equal bars', () => {
    const g = barChartGeometry([
      { label: 'a', value: 7 },
      { label: 'b', value: 7 },
    ])!
    expect(g.bars[0]!.width).toBe(g.bars[1]!.width)
    expect(g.bars[0]!.width).toBeGreaterThan(0)
  })
})
