import { describe, expect, it } from 'vitest'

import type { IndicatorEntry, PracticeEntry, PracticeIndicator } from './types'

import { aggregateIndicators } from './aggregateIndicators'

const indicator = (slug: string, aggregation: IndicatorEntry['aggregation']): IndicatorEntry => ({
  cmsId: slug,
  slug,
  locale: 'en',
  isFallback: false,
  contentLocale: 'en',
  name: slug,
  definition: '',
  unit: 'people',
  direction: 'higher',
  aggregation,
  themes: [],
})

const row = (slug: null | string, values: [string, number][]): PracticeIndicator => ({
  key: `k-${slug}`,
  indicator: slug,
  custom: slug === null,
  name: slug ?? 'custom',
  definition: '',
  unit: 'people',
  direction: null,
  contentLocale: 'en',
  baseline: null,
  baselineDate: null,
  target: null,
  targetDate: null,
  measurements: values.map(([date, value]) => ({ date, value, source: '' })),
})

const practice = (
  slug: string,
  region: null | string,
  themes: string[],
  rows: PracticeIndicator[],
): PracticeEntry =>
  ({
    slug,
    title: slug.toUpperCase(),
    themes,
    region: region ? { id: region, name: region, code: region.toUpperCase() } : null,
    qualityIndicators: rows,
  }) as PracticeEntry

const practices = [
  practice(
    'a',
    'Lazio',
    ['elderly'],
    [
      row('reached', [
        ['2024-01-01', 100],
        ['2025-01-01', 10],
      ]),
      row('hours', [['2025-01-01', 4]]),
    ],
  ),
  practice(
    'b',
    'Lazio',
    ['elderly', 'youth'],
    [row('reached', [['2025-03-01', 30]]), row('hours', [['2025-01-01', 8]])],
  ),
  practice('c', null, ['youth'], [row('reached', [['2025-03-01', 5]]), row(null, [['2025-01-01', 1000]])]),
  practice('d', 'Umbria', ['youth'], [row('reached', [])]),
]

const run = (indicators: IndicatorEntry[]) =>
  aggregateIndicators({
    indicators,
    practices,
    themeNames: new Map([['elderly', 'Older people']]),
    nationalLabel: 'National',
  })

describe('aggregateIndicators', () => {
  it('sums each practice’s latest measurement, overall, by region and by theme', () => {
    const [reached] = run([indicator('reached', 'sum')])
    expect(reached!.total.value).toBe(45) // 10 (latest of a, not 100) + 30 + 5
    expect(reached!.total.practices.map((p) => [p.slug, p.value, p.date])).toEqual([
      ['a', 10, '2025-01-01'],
      ['b', 30, '2025-03-01'],
      ['c', 5, '2025-03-01'],
    ])
    expect(reached!.byRegion.map((f) => [f.key, f.label, f.value])).toEqual([
      ['lazio', 'Lazio', 40],
      ['national', 'National', 5],
    ])
    // a practice counts in each of its themes; theme names come from the page's language
    expect(reached!.byTheme.map((f) => [f.key, f.label, f.value, f.practices.length])).toEqual([
      ['elderly', 'Older people', 40, 2],
      ['youth', 'youth', 35, 2],
    ])
  })

  it('averages the latest measurements for an averaged indicator', () => {
    const [hours] = run([indicator('hours', 'average')])
    expect(hours!.total.value).toBe(6)
    expect(hours!.byTheme.find((f) => f.key === 'youth')!.value).toBe(8)
  })

  it('leaves out indicators that do not add up, that nobody measured, and custom rows', () => {
    expect(run([indicator('reached', 'none')])).toEqual([])
    expect(run([indicator('unmeasured', 'sum')])).toEqual([])
    // practice c's custom row of 1000 never counts: only library picks add up
    const [reached] = run([indicator('reached', 'sum')])
    expect(reached!.total.value).toBeLessThan(1000)
    // practice d has the indicator but no published measurement: not among the practices behind it
    expect(reached!.total.practices.some((p) => p.slug === 'd')).toBe(false)
  })
})
