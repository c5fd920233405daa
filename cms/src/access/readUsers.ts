import type { Access } from 'payload'

import { hasRole } from './hasRole'
import { unitScope } from './unitScope'

/**
 * Accounts: admins read all; validators the people of the units they validate (the authors in
 * their queues), content managers everyone (uploaders, comment authors); members only
 * themselves — the names the site shows beside comments are stored on the comment. A Where, so
 * lists, relationship depth and GraphQL all filter the same way.
 */
export const readUsers: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const self = { id: { equals: req.user.id } }
  if (!hasRole(req.user, 'validator', 'contentManager')) return self
  const units = await unitScope(req)
  if (units === null) return true
  return { or: [self, { unit: { in: units } }] }
}
