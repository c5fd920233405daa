import { describe, expect, it } from 'vitest'

import { lineChartGeometry } from './lineChartGeometry'

const isWhole = (n: number) => Number.isInteger(n)

describe('lineChartGeometry', () => {
  it('has nothing to draw without measurements, baseline or target', () => {
    expect(lineChartGeometry({ measurements: [] })).toBeNull()
    expect(lineChartGeometry({ measurements: [{ date: 'not a date', value: 3 }] })).toBeNull()
    expect(lineChartGeometry({ measurements: [{ date: '2025-01-01', value: Number.NaN }] })).toBeNull()
  })

  it('draws measurements in date order, whatever order they come in', () => {
    const g = lineChartGeometry({
      measurements: [
        { date: '2025-06-01', value: 30 },
        { date: '2024-01-01', value: 10 },
        { date: '2024-09-01', value: 20 },
      ],
    })!
    expect(g.points.map((p) => p.date)).toEqual(['2024-01-01', '2024-09-01', '2025-06-01'])
    const xs = g.points.map((p) => p.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    // higher values sit higher (smaller y)
    expect(g.points[0]!.y).toBeGreaterThan(g.points[2]!.y)
    expect(g.path).toMatch(/^M\d+ \d+L\d+ \d+L\d+ \d+$/)
    expect(g.xTicks.map((t) => t.date)).toEqual(['2024-01-01', '2025-06-01'])
    for (const p of g.points) expect(isWhole(p.x) && isWhole(p.y)).toBe(true)
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(g.plot.left)
      expect(p.x).toBeLessThanOrEqual(g.plot.right)
      expect(p.y).toBeGreaterThanOrEqual(g.plot.top)
      expect(p.y).toBeLessThanOrEqual(g.plot.bottom)
    }
  })

  it('places one point in the middle, with no line, and one date tick', () => {
    const g = lineChartGeometry({ measurements: [{ date: '2025-03-01', value: 12 }] })!
    expect(g.path).toBe('')
    expect(g.points).toHaveLength(1)
    expect(g.points[0]!.x).toBe(Math.round((g.plot.left + g.plot.right) / 2))
    expect(g.xTicks).toHaveLength(1)
    expect(g.yTicks.length).toBeGreaterThan(1)
  })

  it('draws equal values as a flat line inside the plot', () => {
    const g = lineChartGeometry({
      measurements: [
        { date: '2025-01-01', value: 5 },
        { date: '2025-02-01', value: 5 },
      ],
    })!
    expect(g.points[0]!.y).toBe(g.points[1]!.y)
    expect(g.points[0]!.y).toBeGreaterThan(g.plot.top)
    expect(g.points[0]!.y).toBeLessThan(g.plot.bottom)
  })

  it('handles zero and negative values', () => {
    const g = lineChartGeometry({
      measurements: [
        { date: '2025-01-01', value: -8 },
        { date: '2025-02-01', value: 0 },
      ],
      baseline: { value: -10, date: null },
    })!
    expect(g.yTicks.some((t) => t.value === 0)).toBe(true)
    expect(g.yTicks[0]!.value).toBeLessThanOrEqual(-10)
    expect(g.baseline!.y).toBeGreaterThan(g.points[0]!.y)
  })

  it('draws baseline and target as reference lines, with a marker when dated', () => {
    const g = lineChartGeometry({
      measurements: [{ date: '2025-01-01', value: 40 }],
      baseline: { value: 10, date: '2024-01-01' },
      target: { value: 100, date: null },
    })!
    expect(g.baseline).toMatchObject({ value: 10, point: { date: '2024-01-01', value: 10 } })
    expect(g.target).toMatchObject({ value: 100, point: null })
    expect(g.target!.y).toBeLessThan(g.baseline!.y)
    // the baseline's date widens the time axis
    expect(g.xTicks.map((t) => t.date)).toEqual(['2024-01-01', '2025-01-01'])
    expect(g.baseline!.point!.x).toBeLessThan(g.points[0]!.x)
    // the value axis reaches the target
    expect(g.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(100)
  })

  it('draws a target alone', () => {
    const g = lineChartGeometry({ measurements: [], target: { value: 50, date: 'bad' } })!
    expect(g.points).toEqual([])
    expect(g.xTicks).toEqual([])
    expect(g.target).toMatchObject({ value: 50, point: null })
  })
})
