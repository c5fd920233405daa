import type { PayloadRequest } from 'payload'

import { idOf } from '../contract/idOf'
import { afterCommit } from '../transactions/afterCommit'
import { movePracticeCounter, type PracticeCounter } from './movePracticeCounter'

/**
 * What a like, an unlike, a comment written, hidden, shown again or deleted does to its
 * practice's counter: nothing inside the request's transaction (which then never writes the
 * practice), an atomic move once it has committed. A rolled-back change moves nothing.
 */
export const moveCounterAfterCommit = async ({
  by,
  counter,
  practice,
  req,
}: {
  by: number
  counter: PracticeCounter
  practice: unknown
  req: PayloadRequest
}): Promise<void> => {
  const id = idOf(practice)
  if (id === null || by === 0) return
  await afterCommit(req, () => movePracticeCounter({ by, counter, payload: req.payload, practice: id }))
}
