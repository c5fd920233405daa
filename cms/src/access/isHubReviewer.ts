import { hasRole } from './hasRole'

/** Who decides on ideas at every step of the Innovation Hub's pipeline: its reviewers and admins. */
export const isHubReviewer = (user: Parameters<typeof hasRole>[0]): boolean =>
  hasRole(user, 'hubReviewer', 'admin')
