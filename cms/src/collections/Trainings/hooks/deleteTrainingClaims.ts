import type { CollectionAfterDeleteHook } from 'payload'

import { SEAT_CLAIMS } from '../../../capacity/SEAT_CLAIMS'

/**
 * A deleted training takes its applications with it (nobody could read or withdraw them), one
 * at a time: a delete by `where` runs its documents in parallel, which MongoDB refuses on the
 * transaction's session.
 */
export const deleteTrainingClaims: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const { docs } = await req.payload.find({
    collection: SEAT_CLAIMS,
    where: { and: [{ itemCollection: { equals: 'trainings' } }, { item: { equals: String(doc.id) } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: {},
  })
  for (const { id } of docs)
    await req.payload.delete({ collection: SEAT_CLAIMS, id, req, overrideAccess: true })
  return doc
}
