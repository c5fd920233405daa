import type { Access } from 'payload'

import { unitScope } from './unitScope'

/**
 * Members edit their own unit's services, validators those of their subtree, content managers
 * and admins any (the staged-approval plugin keeps every change a draft until it is confirmed).
 */
export const updateServices: Access = async ({ req }) => {
  if (!req.user) return false
  const units = await unitScope(req)
  if (units === null) return true
  if (units.length === 0) return false
  return { unit: { in: units } }
}
