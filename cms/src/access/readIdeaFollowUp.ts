import type { Access } from 'payload'

import { isHubReviewer } from './isHubReviewer'
import { ownIdeaIds } from './ownIdeaIds'

/** An idea's notes and funding: its team, mentors, the Hub's reviewers and admins; never public. */
export const readIdeaFollowUp: Access = async ({ req }) => {
  if (!req.user) return false
  if (isHubReviewer(req.user)) return true
  return { idea: { in: await ownIdeaIds({ req, mentors: true }) } }
}
