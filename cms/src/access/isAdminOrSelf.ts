import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Admins act on every account; anyone else only on their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
