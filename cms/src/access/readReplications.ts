import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'
import { unitScope } from './unitScope'

/** What anyone reads: confirmed replications of published practices. */
export const confirmedReplications: Where = {
  and: [{ _status: { equals: 'published' } }, { 'practice._status': { equals: 'published' } }],
}

/**
 * Anonymous callers and members read confirmed replications of published practices; members
 * also their own unit's (any state), validators those of their subtree, everyone their own
 * declarations; content managers and admins all.
 */
export const readReplications: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'contentManager')) return true
  if (!req.user) return confirmedReplications
  const units = await unitScope(req)
  if (units === null) return true
  return {
    or: [
      confirmedReplications,
      ...(units.length > 0 ? [{ unit: { in: units } }] : []),
      { author: { equals: req.user.id } },
    ],
  }
}
