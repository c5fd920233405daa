import type { Where } from 'payload'

import type { SeatClaimStatus } from '../contract/seatClaimStatuses'
import { SEAT_CLAIMS } from './SEAT_CLAIMS'
import type { SeatItem } from './SeatItem'

/**
 * How many claims on an item have `status` (those ahead of `before` in its line, when given),
 * counted in the request's transaction: the claims themselves are the truth, the item's
 * `seatsTaken` only a copy of the accepted count.
 */
export const countClaims = async ({
  req,
  collection,
  item,
  status,
  before,
}: SeatItem & { status: SeatClaimStatus; before?: number }): Promise<number> => {
  const and: Where[] = [
    { itemCollection: { equals: collection } },
    { item: { equals: String(item) } },
    { status: { equals: status } },
  ]
  if (before !== undefined) and.push({ queueNumber: { less_than: before } })
  return (await req.payload.count({ collection: SEAT_CLAIMS, where: { and }, req, overrideAccess: true }))
    .totalDocs
}
