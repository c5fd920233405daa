import type { CollectionAfterDeleteHook } from 'payload'

import { SEAT_CLAIMS } from '../../../capacity/SEAT_CLAIMS'

/** A deleted training takes its applications with it (nobody could read or withdraw them). */
export const deleteTrainingClaims: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await req.payload.delete({
    collection: SEAT_CLAIMS,
    where: { and: [{ itemCollection: { equals: 'trainings' } }, { item: { equals: String(doc.id) } }] },
    req,
    overrideAccess: true,
  })
  return doc
}
