import type { FieldAccess } from 'payload'

import { sameId } from '../utilities/sameId'
import { hasRole } from './hasRole'

/** Personal account fields: the person themselves and admins only (never where/sort for others). */
export const isAdminOrSelfField: FieldAccess = ({ doc, id, req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return sameId(doc?.id ?? id, req.user.id)
}
