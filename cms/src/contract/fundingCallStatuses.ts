/** A call is open until its deadline has passed; the server sets it, nobody writes it. */
export const FUNDING_CALL_STATUSES = ['open', 'closed'] as const

export type FundingCallStatus = (typeof FUNDING_CALL_STATUSES)[number]
