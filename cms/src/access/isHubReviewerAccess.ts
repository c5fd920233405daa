import type { Access } from 'payload'

import { isHubReviewer } from './isHubReviewer'

/** Collection-level: the Innovation Hub's reviewers and admins. */
export const isHubReviewerAccess: Access = ({ req }) => isHubReviewer(req.user)
