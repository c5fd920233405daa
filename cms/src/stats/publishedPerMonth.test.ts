import { describe, expect, it } from 'vitest'

import { lastMonths } from './lastMonths'
import { publishedPerMonth } from './publishedPerMonth'

describe('lastMonths', () => {
  it('lists the months up to the current one, oldest first, across a year’s end', () => {
    expect(lastMonths({ now: new Date('2026-02-15T10:00:00Z'), count: 4 })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ])
    expect(lastMonths({ now: new Date('2026-03-31T23:59:59Z'), count: 12 })).toHaveLength(12)
  })
})

describe('publishedPerMonth', () => {
  const months = ['2026-01', '2026-02', '2026-03']
  it('counts publications per month and group, each item once in each of its groups', () => {
    const items = [
      { publishedAt: '2026-01-10T09:00:00.000Z', groups: ['lombardia', 'health'] },
      { publishedAt: '2026-03-01T00:00:00.000Z', groups: ['lombardia'] },
      { publishedAt: '2026-03-31T23:00:00.000Z', groups: ['lazio', 'lazio'] },
      { publishedAt: '2025-12-31T23:59:59.000Z', groups: ['lazio'] },
      { publishedAt: null, groups: ['lazio'] },
      { publishedAt: 'not a date', groups: ['lazio'] },
    ]
    expect(publishedPerMonth({ items, months })).toEqual([
      { group: 'lombardia', counts: [1, 0, 1], total: 2 },
      { group: 'health', counts: [1, 0, 0], total: 1 },
      { group: 'lazio', counts: [0, 0, 1], total: 1 },
    ])
  })
  it('is empty when nothing was published in the months', () => {
    expect(publishedPerMonth({ items: [{ publishedAt: '2020-01-01', groups: ['x'] }], months })).toEqual([])
  })
})
