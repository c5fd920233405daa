/** The roles a RedCloud user can hold; a user may hold several. */
export const ROLES = ['member', 'validator', 'contentManager', 'admin'] as const

export type Role = (typeof ROLES)[number]
