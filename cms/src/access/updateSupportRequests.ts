import type { Access, Where } from 'payload'

import { idOf } from '../contract/idOf'
import { hasRole } from './hasRole'

/**
 * Members of the requesting unit complete their unit's requests until the desk accepts them
 * (the workflow freezes them while under review); an accepted request changes only through the
 * desk (`POST /api/support-requests/:id/desk`). Admins any.
 */
export const updateSupportRequests: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const unit = idOf(req.user.unit)
  if (unit === null) return false
  const where: Where = { and: [{ unit: { equals: unit } }, { _status: { not_equals: 'published' } }] }
  return where
}
