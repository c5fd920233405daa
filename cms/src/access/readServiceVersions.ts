import type { Access } from 'payload'

import { unitScope } from './unitScope'

/** A service's versions hold unconfirmed changes: only those whose unit scope holds it read them. */
export const readServiceVersions: Access = async ({ req }) => {
  if (!req.user) return false
  const units = await unitScope(req)
  if (units === null) return true
  if (units.length === 0) return false
  return { 'version.unit': { in: units } }
}
