import type { Access, Where } from 'payload'

import { unitScope } from './unitScope'

/** A measurement's versions hold unconfirmed values: its author and those in scope read them. */
export const readMeasurementVersions: Access = async ({ req }) => {
  if (!req.user) return false
  const units = await unitScope(req)
  if (units === null) return true
  const scoped: Where[] = [{ 'version.author': { equals: req.user.id } }]
  if (units.length > 0) scoped.push({ 'version.unit': { in: units } })
  return { or: scoped }
}
