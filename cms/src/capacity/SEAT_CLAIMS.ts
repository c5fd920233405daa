/** The collection that holds every claim on a limited number of places (cms/src/capacity). */
export const SEAT_CLAIMS = 'seat-claims' as const
