/**
 * Where a claim on a limited number of places stands (cms/src/capacity): holds a seat, waits in
 * line, or was withdrawn (the seat, if any, went to the next in line).
 */
export const SEAT_CLAIM_STATUSES = ['accepted', 'waitlisted', 'withdrawn'] as const

export type SeatClaimStatus = (typeof SEAT_CLAIM_STATUSES)[number]
