import type { MeasurementDoc } from './groupMeasurements'
import type { ReplicationMeasurement } from './types'

import { idOf } from './idOf'

const DAY = /^(\d{4}-\d{2}-\d{2})(T.*)?$/

/**
 * Published measurements of replications (of published practices), by replication id, oldest
 * first. Anything else — a practice's own measurement, a draft, a value or date that is not one —
 * is left out, whatever the CMS answered.
 */
export const groupReplicationMeasurements = ({
  docs,
  practiceIds,
}: {
  docs: MeasurementDoc[]
  practiceIds: Set<string>
}): Map<string, ReplicationMeasurement[]> => {
  const byReplication = new Map<string, ReplicationMeasurement[]>()
  for (const doc of docs) {
    const replication = idOf(doc.replication)
    const practice = idOf(doc.practice)
    const key = typeof doc.indicatorKey === 'string' ? doc.indicatorKey : ''
    const day = typeof doc.date === 'string' ? DAY.exec(doc.date)?.[1] : undefined
    if (!replication || doc._status !== 'published' || !practice || !practiceIds.has(practice)) continue
    if (!key || !day || typeof doc.value !== 'number' || !Number.isFinite(doc.value)) continue
    const source = typeof doc.source === 'string' ? doc.source.trim() : ''
    byReplication.set(replication, [
      ...(byReplication.get(replication) ?? []),
      { key, date: day, value: doc.value, source },
    ])
  }
  for (const list of byReplication.values()) list.sort((a, b) => a.date.localeCompare(b.date))
  return byReplication
}
