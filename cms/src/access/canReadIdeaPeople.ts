import type { FieldAccess } from 'payload'

import { isIdeaMentor } from '../collections/Ideas/isIdeaMentor'
import { isIdeaTeam } from '../collections/Ideas/isIdeaTeam'
import { isHubReviewer } from './isHubReviewer'

/**
 * Field-level: an idea's people (author, team, mentors, the practice it became) are read by its
 * team, mentors, the Hub's reviewers and admins — not by everyone who reads an idea its team
 * shows publicly. Without a document (a `where` on the field) anyone signed in may ask.
 */
export const canReadIdeaPeople: FieldAccess = ({ req, doc }) => {
  if (!req.user) return false
  if (!doc || isHubReviewer(req.user)) return true
  return isIdeaTeam({ doc, user: req.user }) || isIdeaMentor({ doc, user: req.user })
}
