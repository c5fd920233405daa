import { describe, expect, it } from 'vitest'

import { overdueByStage } from './overdueByStage'

const DAY = 24 * 60 * 60 * 1000
const NOW = new Date('2026-06-30T12:00:00.000Z')
const waiting = (id: number, stage: string, days: number) => ({
  id,
  workflow: { stage, stageEnteredAt: new Date(NOW.getTime() - days * DAY - 1000).toISOString() },
})
const CHAIN = [
  { name: 'local', stage: 'local_review' },
  { name: 'regional', stage: 'regional_review' },
  { name: 'national', stage: 'national_review' },
]

describe('overdueByStage', () => {
  it('counts items waiting at a review stage for at least the reminder’s days, per stage', () => {
    const items = [
      waiting(1, 'local_review', 7),
      waiting(2, 'local_review', 6),
      waiting(3, 'local_review', 30),
      waiting(4, 'national_review', 9),
      waiting(5, 'published', 400),
      waiting(6, 'changes_requested', 40),
    ]
    expect(overdueByStage({ items, chain: CHAIN, now: NOW, remindAfterDays: 7 })).toEqual([
      { stage: 'local_review', count: 2, oldestDays: 30 },
      { stage: 'national_review', count: 1, oldestDays: 9 },
    ])
  })

  it('follows the configured number of days', () => {
    const items = [waiting(1, 'regional_review', 3)]
    expect(overdueByStage({ items, chain: CHAIN, now: NOW, remindAfterDays: 3 })).toEqual([
      { stage: 'regional_review', count: 1, oldestDays: 3 },
    ])
    expect(overdueByStage({ items, chain: CHAIN, now: NOW, remindAfterDays: 4 })).toEqual([])
  })

  it('falls back to the last change when the stage entry is not recorded', () => {
    const items = [
      {
        id: 1,
        updatedAt: new Date(NOW.getTime() - 10 * DAY).toISOString(),
        workflow: { stage: 'local_review' },
      },
    ]
    expect(overdueByStage({ items, chain: CHAIN, now: NOW, remindAfterDays: 7 })).toEqual([
      { stage: 'local_review', count: 1, oldestDays: 10 },
    ])
  })
})
