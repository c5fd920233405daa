import { hasRole } from '../access/hasRole'

type UserLike = Parameters<typeof hasRole>[0]

/** The gap view is for coordinators: validators (their subtree), content managers and admins (everything). */
export const canSeeServiceGaps = (user: UserLike): boolean =>
  hasRole(user, 'validator', 'contentManager', 'admin')
