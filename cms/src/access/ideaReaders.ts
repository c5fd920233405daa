import type { PayloadRequest, Where } from 'payload'

import { IDEA_PUBLIC_STAGES } from '../contract/ideaPublicStages'
import { hasRole } from './hasRole'

/**
 * Who reads ideas (or, with `prefix: 'version.'`, their versions): the Hub's reviewers and
 * admins all; everyone else the ideas they wrote, are in the team of or mentor. From pilot on,
 * an idea its team chose to show is public (its live document only: versions never are).
 */
export const ideaReaders = ({
  req,
  prefix,
}: {
  req: PayloadRequest
  prefix: '' | 'version.'
}): boolean | Where => {
  const { user } = req
  const shown: Where = {
    and: [{ 'workflow.stage': { in: [...IDEA_PUBLIC_STAGES] } }, { showPublicly: { equals: true } }],
  }
  if (!user) return prefix ? false : shown
  if (hasRole(user, 'admin', 'hubReviewer')) return true
  const own: Where[] = [
    { [`${prefix}author`]: { equals: user.id } },
    { [`${prefix}team`]: { in: [user.id] } },
    { [`${prefix}mentors`]: { in: [user.id] } },
  ]
  return { or: prefix ? own : [...own, shown] }
}
