import type { FundingCallStatus } from '../../contract/fundingCallStatuses'

/** Whether a call is open at `now`: until its deadline has passed (a missing or bad date closes it). */
export const fundingCallStatusAt = ({
  deadline,
  now,
}: {
  deadline: unknown
  now: Date
}): FundingCallStatus => {
  const at = typeof deadline === 'string' || deadline instanceof Date ? new Date(deadline) : null
  return at && !Number.isNaN(at.getTime()) && at.getTime() > now.getTime() ? 'open' : 'closed'
}
