import type { FieldAccess } from 'payload'

import { sameId } from '../utilities/sameId'
import { hasRole } from './hasRole'

/**
 * Account fields the unit's validators need to decide on registrations (status, confirmed
 * e-mail): admins, validators (who read only the accounts of their subtree: readUsers) and the
 * person themselves.
 */
export const isAdminValidatorOrSelfField: FieldAccess = ({ doc, id, req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'validator')) return true
  return sameId(doc?.id ?? id, req.user.id)
}
