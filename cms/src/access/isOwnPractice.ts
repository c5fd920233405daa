import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Admins edit any practice; everyone else only the ones they wrote. */
export const isOwnPractice: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { author: { equals: req.user.id } }
}
