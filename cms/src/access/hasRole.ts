import type { Role } from './roles'

type UserLike = { roles?: null | readonly string[] } | null | undefined

/** True when the user holds at least one of the given roles. */
export const hasRole = (user: UserLike, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))
