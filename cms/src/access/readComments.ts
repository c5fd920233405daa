import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'
import { unitScope } from './unitScope'

const visible: Where = { state: { equals: 'visible' } }
const onPublished: Where = { 'practice._status': { equals: 'published' } }

/**
 * A comment is readable only by those who can read its practice (the same rules as
 * readPractices, through the relationship): once a practice is archived or back in draft, its
 * comments leave the public. Hidden comments stay with their author and the moderators.
 */
export const readComments: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'contentManager')) return true
  if (!req.user) return { and: [visible, onPublished] }
  const units = await unitScope(req)
  const practice: Where = {
    or: [
      onPublished,
      { 'practice.author': { equals: req.user.id } },
      ...(units && units.length > 0 ? [{ 'practice.unit': { in: units } }] : []),
    ],
  }
  return { and: [practice, { or: [visible, { author: { equals: req.user.id } }] }] }
}
