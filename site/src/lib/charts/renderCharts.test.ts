import { describe, expect, it } from 'vitest'

import { barChartGeometry } from './barChartGeometry'
import { lineChartGeometry } from './lineChartGeometry'
import { renderBarChart } from './renderBarChart'
import { renderLineChart } from './renderLineChart'

const HOSTILE = '</title><script>alert(1)</script><img src=x onerror=alert(2)>"&\''

const line = () =>
  renderLineChart({
    geometry: lineChartGeometry({
      measurements: [
        { date: '2025-02-01', value: 20 },
        { date: '2025-01-01', value: 10 },
      ],
      baseline: { value: 5, date: '2024-12-01' },
      target: { value: 40, date: null },
    })!,
    texts: { id: 'ind-1', title: HOSTILE, description: `Rises to ${HOSTILE}` },
    formatValue: (v) => `${v} ${HOSTILE}`,
    formatDate: (d) => d,
    labels: { baseline: HOSTILE, target: 'Target' },
  })

describe('renderLineChart', () => {
  it('is an accessible image named by its title and described by its desc', () => {
    const svg = line()
    expect(svg).toMatch(
      /^<svg class="chart" role="img" viewBox="0 0 320 150" aria-labelledby="ind-1-t" aria-describedby="ind-1-d">/,
    )
    expect(svg).toContain('<title id="ind-1-t">')
    expect(svg).toContain('<desc id="ind-1-d">Rises to ')
    expect(svg).toContain('<path class="line" d="M')
    expect(svg.match(/<circle /g)).toHaveLength(2)
    expect(svg).toContain('<rect class="base"')
    expect(svg.endsWith('</svg>')).toBe(true)
  })

  it('escapes every text it is given', () => {
    const svg = line()
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('<img')
    expect(svg).not.toMatch(/<\/title>.*<\/title>.*<\/title>/)
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;')
    expect(svg).toContain('&quot;&amp;&#39;')
  })

  it('styles by class only, with whole-number coordinates', () => {
    const svg = line()
    expect(svg).not.toMatch(/style=|fill=|stroke=/)
    const numbers = [...svg.matchAll(/\s(?:x|y|cx|cy|d)="([^"]*)"/g)].flatMap(
      (m) => m[1]!.match(/-?\d+(\.\d+)?/g) ?? [],
    )
    for (const n of numbers) expect(n).toMatch(/^-?\d+$/)
  })
})

describe('renderBarChart', () => {
  it('draws a labelled bar per value, escaping labels', () => {
    const svg = renderBarChart({
      geometry: barChartGeometry([
        { label: HOSTILE, value: 3 },
        { label: 'Lazio', value: 1 },
      ])!,
      texts: { id: 'b"1', title: 'People reached by region', description: HOSTILE },
      formatValue: (v) => String(v),
    })
    expect(svg).toContain('role="img"')
    expect(svg).toContain('aria-labelledby="b&quot;1-t"')
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(2)
    expect(svg).toContain('>Lazio</text>')
    expect(svg).not.toContain('<script')
    expect(svg).not.toMatch(/style=/)
  })
})

describe('renderLineChart reference labels', () => {
  const labelYs = (baseline: number, target: number) => {
    const svg = renderLineChart({
      geometry: lineChartGeometry({
        measurements: [],
        baseline: { value: baseline, date: null },
        target: { value: target, date: null },
      })!,
      texts: { id: 'x', title: 't', description: 'd' },
      formatValue: String,
      formatDate: String,
      labels: { baseline: 'B', target: 'T' },
    })
    const y = (cls: string) => Number(new RegExp(`<text class="rl ${cls}" x="\\d+" y="(\\d+)"`).exec(svg)![1])
    return { base: y('base'), tgt: y('tgt') }
  }

  it('keeps the labels of equal baseline and target apart', () => {
    const { base, tgt } = labelYs(5, 5)
    expect(Math.abs(base - tgt)).toBeGreaterThanOrEqual(12)
  })

  it('writes both labels above distant lines', () => {
    const { base, tgt } = labelYs(0, 100)
    expect(base).toBeGreaterThan(tgt + 50)
  })
})
