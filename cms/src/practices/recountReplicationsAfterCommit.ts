import type { PayloadRequest } from 'payload'

import { idOf } from '../contract/idOf'
import { afterCommit } from '../transactions/afterCommit'
import { recountReplications } from './recountReplications'

/**
 * Recounts the units replicating `practice` once the request's transaction has committed (a
 * rolled-back change recounts nothing): after a replication is confirmed, withdrawn or deleted,
 * and after an adaptation of it is published, unpublished or deleted.
 */
export const recountReplicationsAfterCommit = async ({
  practice,
  req,
}: {
  practice: unknown
  req: PayloadRequest
}): Promise<void> => {
  const id = idOf(practice)
  if (id === null) return
  await afterCommit(req, async () => {
    await recountReplications({ payload: req.payload, practice: id })
  })
}
