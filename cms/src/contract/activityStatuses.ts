/** Where a practice's activity stands. */
export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'completed', 'paused'] as const

export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]
