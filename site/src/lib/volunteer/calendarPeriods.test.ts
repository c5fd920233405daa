import { describe, expect, it } from 'vitest'

import { daysOfWeek, monthGrid, periodsThrough, weekOf } from './calendarPeriods'

describe('calendar periods', () => {
  it('a week starts on Monday; a month grid is whole weeks with the outside days empty', () => {
    expect(weekOf('2026-12-02T10:00:00Z')).toBe('2026-11-30')
    expect(weekOf('2026-12-06T23:00:00Z')).toBe('2026-11-30')
    expect(daysOfWeek('2026-11-30')).toHaveLength(7)
    const grid = monthGrid('2026-12')
    expect(grid[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ])
    expect(grid.flat().filter(Boolean)).toHaveLength(31)
  })
  it('views from now through the last shift, each with a next', () => {
    const now = new Date('2026-12-02T10:00:00Z')
    expect(periodsThrough({ dates: ['2026-12-20T08:00:00Z'], now, kind: 'week' })).toEqual([
      '2026-11-30',
      '2026-12-07',
      '2026-12-14',
    ])
    expect(periodsThrough({ dates: ['2027-02-01T08:00:00Z'], now, kind: 'month' })).toEqual([
      '2026-12',
      '2027-01',
      '2027-02',
    ])
    expect(periodsThrough({ dates: [], now, kind: 'month' })).toEqual(['2026-12'])
  })
})
