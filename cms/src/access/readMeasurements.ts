import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'
import { unitScope } from './unitScope'

/**
 * Public: a confirmed measurement of a practice that is itself public; a replication's, only
 * once the replication is confirmed too (both ways of saying "none": MongoDB may store a null).
 */
const live: Where = {
  and: [
    { _status: { equals: 'published' } },
    { 'practice._status': { equals: 'published' } },
    {
      or: [
        { replication: { exists: false } },
        { replication: { equals: null } },
        { 'replication._status': { equals: 'published' } },
      ],
    },
  ],
}

/**
 * Anonymous callers and members read confirmed measurements of published practices. Members
 * also read the unconfirmed ones of their unit, validators those of their subtree (what waits
 * for them), everyone their own; content managers and admins read all.
 */
export const readMeasurements: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'contentManager')) return true
  if (!req.user) return live
  const units = await unitScope(req)
  if (units === null) return true
  return {
    or: [live, ...(units.length > 0 ? [{ unit: { in: units } }] : []), { author: { equals: req.user.id } }],
  }
}
