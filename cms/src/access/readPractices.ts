import type { Access, Where } from 'payload'

import { unitScope } from './unitScope'

const published: Where = { _status: { equals: 'published' } }

/**
 * Anonymous callers see published practices only. Members also see the unpublished ones of
 * their unit, validators those of their unit's subtree, everyone their own; content managers
 * and admins see all. Returned as a Where so every list filters itself.
 */
export const readPractices: Access = async ({ req }) => {
  if (!req.user) return published
  const units = await unitScope(req)
  if (units === null) return true
  return {
    or: [published, { unit: { in: units } }, { author: { equals: req.user.id } }],
  }
}
