import type { Access, Where } from 'payload'

import { unitScope } from './unitScope'

/** Versions hold unconfirmed work: only the declarer and those in scope of the unit read them. */
export const readReplicationVersions: Access = async ({ req }) => {
  if (!req.user) return false
  const units = await unitScope(req)
  if (units === null) return true
  const scoped: Where[] = [{ 'version.author': { equals: req.user.id } }]
  if (units.length > 0) scoped.push({ 'version.unit': { in: units } })
  return { or: scoped }
}
