import { describe, expect, it } from 'vitest'

import type { IndicatorEntry } from './types'

import { practiceIndicators } from './practiceIndicators'

const peopleReached: IndicatorEntry = {
  cmsId: '5',
  slug: 'people-reached',
  locale: 'en',
  isFallback: false,
  contentLocale: 'en',
  name: 'People reached',
  definition: 'Distinct people who received the service',
  unit: 'people',
  direction: 'higher',
  aggregation: 'sum',
  themes: ['elderly'],
}

describe('practiceIndicators', () => {
  it('takes a library pick’s texts from the library and a custom row’s from the row', () => {
    const rows = [
      {
        key: 'a',
        indicator: 5,
        custom: false,
        baseline: 10,
        baselineDate: '2024-01-01T12:00:00.000Z',
        target: 100,
      },
      {
        key: 'b',
        indicator: null,
        custom: true,
        name: 'Telefonate',
        unit: 'calls',
        target: 50,
        targetDate: null,
      },
    ]
    const [library, custom] = practiceIndicators({
      rows,
      named: [{ key: 'a' }, { key: 'b', name: 'Phone calls' }],
      namedLocale: 'en',
      library: new Map([['5', peopleReached]]),
      measurements: new Map([
        [
          'a',
          [
            { date: '2025-02-01', value: 40, source: '' },
            { date: '2024-06-01', value: 20, source: 'register' },
          ],
        ],
      ]),
    })
    expect(library).toEqual({
      key: 'a',
      indicator: 'people-reached',
      custom: false,
      name: 'People reached',
      definition: 'Distinct people who received the service',
      unit: 'people',
      direction: 'higher',
      contentLocale: 'en',
      baseline: 10,
      baselineDate: '2024-01-01',
      target: 100,
      targetDate: null,
      measurements: [
        { date: '2024-06-01', value: 20, source: 'register' },
        { date: '2025-02-01', value: 40, source: '' },
      ],
    })
    expect(custom).toMatchObject({
      key: 'b',
      indicator: null,
      custom: true,
      name: 'Phone calls',
      unit: 'calls',
      direction: null,
      baseline: null,
      target: 50,
      measurements: [],
    })
  })

  it('treats a pick the library does not have (any more) as custom, and drops rows with no name', () => {
    const result = practiceIndicators({
      rows: [
        { key: 'a', indicator: 9, name: 'Old name' },
        { key: 'b', indicator: 9 },
      ],
      named: [],
      namedLocale: 'it',
      library: new Map(),
      measurements: new Map(),
    })
    expect(result).toHaveLength(1)
    expect(result[0]).toMatchObject({ key: 'a', custom: true, name: 'Old name', contentLocale: 'it' })
  })

  it('matches names by key, not by position', () => {
    const [row] = practiceIndicators({
      rows: [{ key: 'b', name: 'Chiamate' }],
      named: [
        { key: 'a', name: 'Other' },
        { key: 'b', name: 'Calls' },
      ],
      namedLocale: 'en',
      library: new Map(),
      measurements: new Map(),
    })
    expect(row!.name).toBe('Calls')
  })
})
