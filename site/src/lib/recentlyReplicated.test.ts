import { describe, expect, it } from 'vitest'

import type { PracticeEntry, ReplicationEntry } from './types'

import { recentlyReplicated } from './recentlyReplicated'

const replication = (unit: string, confirmedAt: string) =>
  ({ unit: { id: unit, name: unit, code: unit }, confirmedAt }) as ReplicationEntry
const practice = (slug: string, replications: ReplicationEntry[]) => ({ slug, replications }) as PracticeEntry

describe('recentlyReplicated', () => {
  it('orders practices by their latest confirmed replication, leaves out the unreplicated, keeps the limit', () => {
    const list = recentlyReplicated(
      [
        practice('a', [
          replication('LOM-BG', '2026-03-01T00:00:00Z'),
          replication('PIE-TO', '2026-05-01T00:00:00Z'),
        ]),
        practice('b', []),
        practice('c', [replication('LAZ-RM', '2026-04-01T00:00:00Z')]),
        practice('d', [replication('SIC-PA', '2026-01-01T00:00:00Z')]),
      ],
      2,
    )
    expect(list.map(({ practice: p, latest }) => [p.slug, latest.unit.code])).toEqual([
      ['a', 'PIE-TO'],
      ['c', 'LAZ-RM'],
    ])
  })
})
