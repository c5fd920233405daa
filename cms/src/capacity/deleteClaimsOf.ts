import type { CollectionAfterDeleteHook } from 'payload'

import { SEAT_CLAIMS } from './SEAT_CLAIMS'

/**
 * The `afterDelete` hook of an item collection with places (trainings, shifts): a deleted item
 * takes its claims with it (nobody could read or release them), one at a time: a delete by
 * `where` runs its documents in parallel, which MongoDB refuses on the transaction's session.
 */
export const deleteClaimsOf =
  (collection: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const { docs } = await req.payload.find({
      collection: SEAT_CLAIMS,
      where: { and: [{ itemCollection: { equals: collection } }, { item: { equals: String(doc.id) } }] },
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
