/** How far a funding call reaches: the whole country, a region, or single local units. */
export const FUNDING_CALL_SCOPES = ['national', 'regional', 'local'] as const

export type FundingCallScope = (typeof FUNDING_CALL_SCOPES)[number]
