import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

/** A replication ends on or after the day it started. */
export const checkReplicationDates: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const previous = (originalDoc ?? {}) as { endDate?: unknown; startDate?: unknown }
  const start = data.startDate ?? previous.startDate
  const end = data.endDate ?? previous.endDate
  if (typeof start === 'string' && typeof end === 'string' && Date.parse(end) < Date.parse(start)) {
    throw new ValidationError({
      collection: 'replications',
      errors: [{ path: 'endDate', message: 'The end date comes before the start date.' }],
      req,
    })
  }
  return data
}
