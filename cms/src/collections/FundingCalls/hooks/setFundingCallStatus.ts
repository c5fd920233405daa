import type { CollectionBeforeChangeHook } from 'payload'

import { fundingCallStatusAt } from '../fundingCallStatusAt'

/** Server-only context: the time the daily task closes calls at (tests run it at other times). */
export const FUNDING_CALLS_NOW = 'fundingCallsNow'

/** The status follows the deadline on every save, whatever the request says (nobody writes it). */
export const setFundingCallStatus: CollectionBeforeChangeHook = ({ context, data, originalDoc }) => {
  const at =
    typeof context[FUNDING_CALLS_NOW] === 'string' ? new Date(context[FUNDING_CALLS_NOW]) : new Date()
  return {
    ...data,
    status: fundingCallStatusAt({ deadline: data.deadline ?? originalDoc?.deadline, now: at }),
  }
}
