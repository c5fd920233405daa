import { CLOSING_SOON_DAYS } from '@redcloud/cms/contract'

import type { FundingCallEntry } from './deskEntries'

const DAY = 24 * 60 * 60 * 1000

/**
 * The calls still open at `now` (status and deadline both: a build between the deadline and the
 * daily closing already leaves the call out), soonest deadline first, split into those closing
 * within CLOSING_SOON_DAYS and the others.
 */
export const openCalls = (
  calls: FundingCallEntry[],
  now: Date = new Date(),
): { closingSoon: FundingCallEntry[]; later: FundingCallEntry[]; all: FundingCallEntry[] } => {
  const all = calls
    .filter((call) => call.status === 'open' && new Date(call.deadline).getTime() > now.getTime())
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.slug.localeCompare(b.slug))
  const soon = now.getTime() + CLOSING_SOON_DAYS * DAY
  return {
    all,
    closingSoon: all.filter((call) => new Date(call.deadline).getTime() <= soon),
    later: all.filter((call) => new Date(call.deadline).getTime() > soon),
  }
}
