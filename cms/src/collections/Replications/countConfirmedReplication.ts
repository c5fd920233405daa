import type { PayloadRequest } from 'payload'

import { moveCounterAfterCommit } from '../../practices/moveCounterAfterCommit'

import { firstConfirmations } from './firstConfirmations'

/**
 * The staged-approval plugin's `duringTransition` for replications: a transition that makes a
 * replication public adds one to its origin's replicationCount, one that takes it away from the
 * public removes one — queued for after the transition's commit (a rolled-back or lost
 * transition moves nothing), as likes and comments move theirs. Same rule as the plugin's own
 * publish/unpublish decision (performTransition).
 */
export const countConfirmedReplication = async ({
  action,
  doc,
  to,
  req,
}: {
  action: string
  doc: Record<string, unknown>
  to: string
  req: PayloadRequest
}): Promise<void | { confirmedAt: string }> => {
  const live = await req.payload.findByID({
    collection: 'replications',
    id: doc.id as number | string,
    depth: 0,
    req,
    overrideAccess: true,
    draft: false,
    disableErrors: true,
  })
  const wasLive = (live as { _status?: string } | null)?._status === 'published'
  const publishes = to === 'published'
  const unpublishes = to === 'archived' || (wasLive && action === 'override' && !publishes)
  const by = publishes && !wasLive ? 1 : unpublishes && wasLive ? -1 : 0
  if (by === 1) firstConfirmations.add(req)
  await moveCounterAfterCommit({
    by,
    counter: 'replicationCount',
    practice: live?.practice ?? doc.practice,
    req,
  })
  // Written with the transition: the moment it became public (kept when confirmed again later).
  if (by === 1 && !doc.confirmedAt) return { confirmedAt: new Date().toISOString() }
}
