import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../contract/idOf'
import { recountReplicationsAfterCommit } from '../../../practices/recountReplicationsAfterCommit'

/**
 * An adaptation ("Adapt for my unit", `adaptedFrom`) published, unpublished or moved to another
 * unit changes how many units replicate its origin: recounted once the write has committed.
 */
export const recountOriginOfAdaptation: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const origin = idOf(doc?.adaptedFrom)
  if (origin === null) return doc
  const published = doc?._status === 'published' || previousDoc?._status === 'published'
  const moved = previousDoc && String(idOf(previousDoc.unit)) !== String(idOf(doc.unit))
  if (published || moved) await recountReplicationsAfterCommit({ practice: origin, req })
  return doc
}
