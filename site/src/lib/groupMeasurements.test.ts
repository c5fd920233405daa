import { describe, expect, it } from 'vitest'

import { groupMeasurements, type MeasurementDoc } from './groupMeasurements'

const doc = (overrides: Partial<MeasurementDoc>): MeasurementDoc => ({
  id: 1,
  practice: 7,
  indicatorKey: 'k1',
  date: '2025-03-01T12:00:00.000Z',
  value: 10,
  source: ' Register ',
  _status: 'published',
  ...overrides,
})

describe('groupMeasurements', () => {
  it('groups published measurements by practice and row key, oldest first, dates as days', () => {
    const grouped = groupMeasurements({
      docs: [
        doc({ id: 1, date: '2025-06-01T12:00:00.000Z', value: 30 }),
        doc({ id: 2, date: '2024-01-15', value: 10, source: null }),
        doc({ id: 3, indicatorKey: 'k2', value: 4 }),
        doc({ id: 4, practice: { id: 8 }, value: 1 }),
      ],
      practiceIds: new Set(['7', '8']),
    })
    expect(grouped.get('7')?.get('k1')).toEqual([
      { date: '2024-01-15', value: 10, source: '' },
      { date: '2025-06-01', value: 30, source: 'Register' },
    ])
    expect(grouped.get('7')?.get('k2')).toHaveLength(1)
    expect(grouped.get('8')?.get('k1')).toEqual([{ date: '2025-03-01', value: 1, source: 'Register' }])
  })

  it('leaves out drafts, replications’ figures, practices the site does not show, and values or dates that are not ones', () => {
    const grouped = groupMeasurements({
      docs: [
        doc({ _status: 'draft' }),
        doc({ _status: undefined }),
        doc({ replication: 12 }),
        doc({ practice: 99 }),
        doc({ practice: null }),
        doc({ indicatorKey: '' }),
        doc({ value: null }),
        doc({ value: Number.NaN }),
        doc({ date: 'yesterday' }),
        doc({ date: null }),
      ],
      practiceIds: new Set(['7']),
    })
    expect(grouped.size).toBe(0)
  })
})
