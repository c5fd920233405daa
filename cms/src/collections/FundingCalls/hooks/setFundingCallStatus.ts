import type { CollectionBeforeChangeHook } from 'payload'

import { fundingCallStatusAt } from '../fundingCallStatusAt'

/** The status follows the deadline on every save, whatever the request says (nobody writes it). */
export const setFundingCallStatus: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  status: fundingCallStatusAt({ deadline: data.deadline ?? originalDoc?.deadline, now: new Date() }),
})
