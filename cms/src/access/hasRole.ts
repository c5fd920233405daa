import type { Role } from './roles'

type UserLike = { roles?: null | readonly string[] } | null | undefined

/**
 * True when the user holds at least one of the given roles. Also asked of a request body's
 * sibling data (a user's `unit` check), where `roles` may be anything a caller sent.
 */
export const hasRole = (user: UserLike, ...roles: Role[]): boolean =>
  Array.isArray(user?.roles) && user.roles.some((role) => (roles as string[]).includes(role))
