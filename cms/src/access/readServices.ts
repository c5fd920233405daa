import type { Access, Where } from 'payload'

import { unitScope } from './unitScope'

const published: Where = { _status: { equals: 'published' } }

/**
 * Anonymous callers see confirmed (published) services only; members also the unconfirmed ones
 * of their unit, validators those of their subtree; content managers and admins all.
 */
export const readServices: Access = async ({ req }) => {
  if (!req.user) return published
  const units = await unitScope(req)
  if (units === null) return true
  return { or: [published, { unit: { in: units } }] }
}
