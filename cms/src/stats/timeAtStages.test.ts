import { describe, expect, it } from 'vitest'

import { timeAtStages, type StageEvent } from './timeAtStages'

const HOUR = 60 * 60 * 1000
const T0 = Date.parse('2026-03-01T08:00:00.000Z')
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString()
const event = (document: string, revision: number, from: string, to: string, hours: number): StageEvent => ({
  itemCollection: 'practices',
  document,
  revision,
  from,
  to,
  createdAt: at(hours),
})

const STAGES = ['local_review', 'regional_review', 'national_review']

describe('timeAtStages', () => {
  it('measures each stay from the event that enters a stage to the one that leaves it', () => {
    const events = [
      event('1', 1, 'draft', 'local_review', 0),
      event('1', 2, 'local_review', 'regional_review', 10),
      event('1', 3, 'regional_review', 'published', 40),
      event('2', 1, 'draft', 'local_review', 0),
      event('2', 2, 'local_review', 'changes_requested', 2),
      event('2', 3, 'changes_requested', 'local_review', 100),
      event('2', 4, 'local_review', 'regional_review', 104),
      event('3', 1, 'draft', 'local_review', 5),
    ]
    expect(timeAtStages({ events, stages: STAGES })).toEqual([
      // stays of 10 h, 2 h and 4 h: median 4 h, slowest 10 h; item 3 still waits, not counted
      { stage: 'local_review', decided: 3, medianMs: 4 * HOUR, slowestMs: 10 * HOUR },
      // item 2 still waits at regional level
      { stage: 'regional_review', decided: 1, medianMs: 30 * HOUR, slowestMs: 30 * HOUR },
      { stage: 'national_review', decided: 0, medianMs: null, slowestMs: null },
    ])
  })

  it('orders each item’s events by revision, whatever order they are read in', () => {
    const events = [
      event('1', 2, 'local_review', 'regional_review', 6),
      event('1', 1, 'draft', 'local_review', 0),
    ]
    expect(timeAtStages({ events, stages: STAGES })[0]).toMatchObject({ decided: 1, medianMs: 6 * HOUR })
  })

  it('keeps items of different collections with the same id apart', () => {
    const events = [
      event('1', 1, 'draft', 'local_review', 0),
      { ...event('1', 2, 'local_review', 'published', 1), itemCollection: 'measurements' },
      event('1', 2, 'local_review', 'published', 3),
    ]
    expect(timeAtStages({ events, stages: STAGES })[0]).toMatchObject({ decided: 1, medianMs: 3 * HOUR })
  })

  it('ignores an exit that does not match the stay (an override from elsewhere)', () => {
    const events = [
      event('1', 1, 'draft', 'local_review', 0),
      event('1', 2, 'regional_review', 'published', 3),
    ]
    expect(timeAtStages({ events, stages: STAGES })[0]).toMatchObject({ decided: 0, medianMs: null })
  })
})
