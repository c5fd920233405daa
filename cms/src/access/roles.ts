/**
 * The roles a RedCloud user can hold; a user may hold several. A desk officer works at the
 * National Committee's Development Desk: accepts support requests and follows them up; a Hub
 * reviewer decides on ideas at every stage of the Innovation Hub's pipeline.
 */
export const ROLES = ['member', 'validator', 'contentManager', 'deskOfficer', 'hubReviewer', 'admin'] as const

export type Role = (typeof ROLES)[number]
