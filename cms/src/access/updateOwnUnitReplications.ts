import type { Access } from 'payload'

import { idOf } from '../contract/idOf'
import { hasRole } from './hasRole'

/** Members of the replicating unit keep its replication up to date; admins any. */
export const updateOwnUnitReplications: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const unit = idOf(req.user.unit)
  return unit === null ? false : { unit: { equals: unit } }
}
