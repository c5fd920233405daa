import type { Access, Where } from 'payload'

import { unitScope } from './unitScope'

/** Versions hold unpublished work: only the author and those in scope read them. */
export const readPracticeVersions: Access = async ({ req }) => {
  if (!req.user) return false
  const units = await unitScope(req)
  if (units === null) return true
  const scoped: Where[] = [{ 'version.unit': { in: units } }, { 'version.author': { equals: req.user.id } }]
  return { or: scoped }
}
