import type { Access } from 'payload'

import { isHubReviewer } from './isHubReviewer'
import { ownIdeaIds } from './ownIdeaIds'

/** An idea's funding entries: its team (crowdfunding progress) and the Hub's reviewers keep them. */
export const updateIdeaFunding: Access = async ({ req }) => {
  if (!req.user) return false
  if (isHubReviewer(req.user)) return true
  return { idea: { in: await ownIdeaIds({ req, mentors: false }) } }
}
