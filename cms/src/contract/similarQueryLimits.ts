/** `GET /api/practices/similar`: the length of `q` it accepts and how many practices it answers. */
export const SIMILAR_QUERY_LIMITS = { min: 3, max: 500, answers: 5 } as const
