import type { MeasurementPoint } from './types'

import { idOf } from './idOf'

/** A measurement as the CMS's REST API answers it at depth 0 (only the fields the site reads). */
export interface MeasurementDoc {
  id: number | string
  practice?: unknown
  /** Set on a replication's measurement (of the origin's indicators): left out here. */
  replication?: unknown
  indicatorKey?: null | string
  date?: null | string
  value?: null | number
  source?: null | string
  _status?: null | string
}

const DAY = /^(\d{4}-\d{2}-\d{2})(T.*)?$/

/**
 * Published measurements of published practices, by practice id and indicator row key, oldest
 * first; a replication's are the replicating unit's (groupReplicationMeasurements). Anything else (a draft, a practice the site does not show, a value or date that is not
 * one) is left out, whatever the CMS answered.
 */
export const groupMeasurements = ({
  docs,
  practiceIds,
}: {
  docs: MeasurementDoc[]
  practiceIds: Set<string>
}): Map<string, Map<string, MeasurementPoint[]>> => {
  const byPractice = new Map<string, Map<string, MeasurementPoint[]>>()
  for (const doc of docs) {
    const practice = idOf(doc.practice)
    const key = typeof doc.indicatorKey === 'string' ? doc.indicatorKey : ''
    const day = typeof doc.date === 'string' ? DAY.exec(doc.date)?.[1] : undefined
    if (doc._status !== 'published' || !practice || !practiceIds.has(practice) || !key || !day) continue
    if (idOf(doc.replication)) continue
    if (typeof doc.value !== 'number' || !Number.isFinite(doc.value) || Number.isNaN(Date.parse(day)))
      continue
    const byKey = byPractice.get(practice) ?? new Map<string, MeasurementPoint[]>()
    byKey.set(key, [
      ...(byKey.get(key) ?? []),
      { date: day, value: doc.value, source: typeof doc.source === 'string' ? doc.source.trim() : '' },
    ])
    byPractice.set(practice, byKey)
  }
  for (const byKey of byPractice.values())
    for (const list of byKey.values()) list.sort((a, b) => a.date.localeCompare(b.date))
  return byPractice
}
