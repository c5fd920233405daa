import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'

/**
 * An idea's author and team edit it (the workflow freezes it while under review; a scaled idea's
 * edit is a draft revision that goes through the pipeline again). Admins any.
 */
export const updateIdeas: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const mine: Where[] = [{ author: { equals: req.user.id } }, { team: { in: [req.user.id] } }]
  return { or: mine }
}
