import type { CollectionAfterDeleteHook } from 'payload'

import { SEAT_CLAIMS } from '../../../capacity/SEAT_CLAIMS'

/**
 * A deleted shift takes its sign-ups with it (nobody could read or cancel them), one
 * at a time: a delete by `where` runs its documents in parallel, which MongoDB refuses on the
 * transaction's session.
 */
export const deleteShiftClaims: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const { docs } = await req.payload.find({
    collection: SEAT_CLAIMS,
    where: { and: [{ itemCollection: { equals: 'shifts' } }, { item: { equals: String(doc.id) } }] },
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
