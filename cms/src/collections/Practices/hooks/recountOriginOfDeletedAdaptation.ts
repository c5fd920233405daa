import type { CollectionAfterDeleteHook } from 'payload'

import { idOf } from '../../../contract/idOf'
import { recountReplicationsAfterCommit } from '../../../practices/recountReplicationsAfterCommit'

/** A deleted published adaptation no longer counts for its origin. */
export const recountOriginOfDeletedAdaptation: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc?._status === 'published' && idOf(doc.adaptedFrom) !== null)
    await recountReplicationsAfterCommit({ practice: doc.adaptedFrom, req })
  return doc
}
