import { describe, expect, it } from 'vitest'

import type { PracticeIndicator } from '../types'

import { translator } from '../translator'
import { indicatorChartDescription } from './indicatorChartDescription'

const indicator = (overrides: Partial<PracticeIndicator>): PracticeIndicator => ({
  key: 'k',
  indicator: null,
  custom: true,
  name: 'People reached',
  definition: '',
  unit: 'people',
  direction: null,
  contentLocale: 'en',
  baseline: null,
  baselineDate: null,
  target: null,
  targetDate: null,
  measurements: [],
  ...overrides,
})

const describeIn = (q: PracticeIndicator, locale: 'en' | 'it' = 'en') =>
  indicatorChartDescription({
    indicator: q,
    locale,
    t: translator(locale),
    formatValue: (n) => new Intl.NumberFormat(locale).format(n),
    formatDate: (d) => d,
  })

describe('indicatorChartDescription', () => {
  it('says there is no measurement yet, with baseline and target', () => {
    expect(describeIn(indicator({ baseline: 10, target: 1000, targetDate: '2026-12-31' }))).toBe(
      'No measurement published yet. Baseline 10 people. Target 1,000 people by 2026-12-31.',
    )
  })

  it('describes one measurement, and several with their span, range and latest value', () => {
    expect(describeIn(indicator({ measurements: [{ date: '2025-01-01', value: 5, source: '' }] }))).toBe(
      'One measurement: 5 people on 2025-01-01.',
    )
    const text = describeIn(
      indicator({
        unit: '',
        measurements: [
          { date: '2024-01-01', value: 30, source: '' },
          { date: '2024-06-01', value: -2, source: '' },
          { date: '2025-01-01', value: 12, source: '' },
        ],
        baseline: 0,
        baselineDate: '2023-12-01',
        direction: 'lower',
      }),
      'it',
    )
    expect(text).toBe(
      "3 misurazioni dal 2024-01-01 al 2025-01-01, da -2 a 30; l'ultima è 12. Valore di partenza 0 il 2023-12-01. Più basso è meglio.",
    )
  })
})
