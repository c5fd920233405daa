import type { PayloadRequest } from 'payload'

import { recountReplicationsAfterCommit } from '../../practices/recountReplicationsAfterCommit'

import { firstConfirmations } from './firstConfirmations'

/**
 * The staged-approval plugin's `duringTransition` for replications: a transition that makes a
 * replication public, or takes it away from the public, recounts its origin's replicationCount
 * (distinct replicating units, recountReplications) once the transition has committed (a
 * rolled-back or lost transition moves nothing). Same rule as the plugin's own
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
  if (by !== 0) await recountReplicationsAfterCommit({ practice: live?.practice ?? doc.practice, req })
  // Written with the transition: the moment it became public (kept when confirmed again later).
  if (by === 1 && !doc.confirmedAt) return { confirmedAt: new Date().toISOString() }
}
