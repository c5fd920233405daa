import { roundEvents } from './roundEvents'
import type { ChainStep } from './stages'

const DECISIONS = ['approve', 'request_changes', 'reject']

const userId = (user: unknown): null | string => {
  const id = user && typeof user === 'object' ? (user as { id?: unknown }).id : user
  return id === null || id === undefined ? null : String(id)
}

/**
 * Who took part in the review of the revision under review now, from the history: the review
 * round starts when the item last entered review from outside it (submit, resubmit, an
 * override into a review stage) and holds the decisions taken since. IDs as strings, so numbers
 * (SQLite) and strings (MongoDB) compare alike; events without a user (seeded) name nobody.
 */
export const reviewRound = ({
  events,
  chain,
}: {
  events: Record<string, unknown>[]
  chain: ChainStep[]
}): { submittedBy: null | string; decidedBy: string[] } => {
  const round = roundEvents({ events, chain })
  if (round.length === 0) return { submittedBy: null, decidedBy: [] }
  return {
    submittedBy: userId(round[0]?.user),
    decidedBy: round
      .filter((event) => DECISIONS.includes(String(event.action)))
      .map((event) => userId(event.user))
      .filter((id): id is string => id !== null),
  }
}
