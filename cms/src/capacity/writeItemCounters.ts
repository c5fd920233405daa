import type { CollectionSlug } from 'payload'

import type { SeatItem } from './SeatItem'

/**
 * Writes an item's `seatsTaken` and `claimSequence` in the request's transaction, through the
 * adapter: no hooks, no version, no access check (a counter is not an edit). Every claim and
 * release writes it with a new `claimSequence`, so the document always changes and two
 * concurrent claims on one item conflict on MongoDB (one is run again) instead of both counting.
 */
export const writeItemCounters = async ({
  req,
  collection,
  item,
  seatsTaken,
  claimSequence,
}: SeatItem & { seatsTaken: number; claimSequence: number }): Promise<void> => {
  await req.payload.db.updateOne({
    collection: collection as CollectionSlug,
    id: item,
    data: { seatsTaken, claimSequence },
    req,
    returning: false,
  })
}
