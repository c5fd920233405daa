/**
 * The roles a RedCloud user can hold; a user may hold several. A desk officer works at the
 * National Committee's Development Desk: accepts support requests and follows them up.
 */
export const ROLES = ['member', 'validator', 'contentManager', 'deskOfficer', 'admin'] as const

export type Role = (typeof ROLES)[number]
