import type { CollectionBeforeChangeHook } from 'payload'

import { randomBytes } from 'node:crypto'

import { assignIndicatorKeys, type IndicatorRow } from '../indicators/assignIndicatorKeys'

/** The same shape as the keys of migrated rows (their array row ids). */
const newKey = () => randomBytes(12).toString('hex')

/**
 * Every indicator row has a stable key, generated here when missing and carried over from the
 * previous version when a save sends the rows without theirs (see `assignIndicatorKeys`).
 */
export const keepIndicatorKeys: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (!Array.isArray(data.qualityIndicators)) return data
  const previous = Array.isArray(originalDoc?.qualityIndicators)
    ? (originalDoc.qualityIndicators as IndicatorRow[])
    : []
  return {
    ...data,
    qualityIndicators: assignIndicatorKeys({
      newKey,
      previous,
      rows: data.qualityIndicators as IndicatorRow[],
    }),
  }
}
