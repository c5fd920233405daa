import { describe, expect, it } from 'vitest'

import { groupReplicationMeasurements } from './groupReplicationMeasurements'

describe('groupReplicationMeasurements', () => {
  it('keeps published figures of replications of shown practices, by replication, oldest first', () => {
    const grouped = groupReplicationMeasurements({
      practiceIds: new Set(['1']),
      docs: [
        {
          id: 1,
          practice: 1,
          replication: 7,
          indicatorKey: 'k',
          date: '2026-06-30T00:00:00.000Z',
          value: 4,
          source: ' Registro ',
          _status: 'published',
        },
        {
          id: 2,
          practice: 1,
          replication: { id: 7 },
          indicatorKey: 'k',
          date: '2026-03-31',
          value: 2,
          _status: 'published',
        },
        { id: 3, practice: 1, indicatorKey: 'k', date: '2026-03-31', value: 9, _status: 'published' },
        {
          id: 4,
          practice: 1,
          replication: 7,
          indicatorKey: 'k',
          date: '2026-04-30',
          value: 5,
          _status: 'draft',
        },
        {
          id: 5,
          practice: 2,
          replication: 8,
          indicatorKey: 'k',
          date: '2026-04-30',
          value: 5,
          _status: 'published',
        },
        {
          id: 6,
          practice: 1,
          replication: 7,
          indicatorKey: 'k',
          date: 'soon',
          value: 5,
          _status: 'published',
        },
      ],
    })
    expect([...grouped.keys()]).toEqual(['7'])
    expect(grouped.get('7')).toEqual([
      { key: 'k', date: '2026-03-31', value: 2, source: '' },
      { key: 'k', date: '2026-06-30', value: 4, source: 'Registro' },
    ])
  })
})
