import { APIError } from 'payload'

import { SEAT_CLAIMS } from './SEAT_CLAIMS'
import type { SeatItem } from './SeatItem'
import { type Promotion, fillFreeSeats } from './fillFreeSeats'
import { findClaim } from './findClaim'
import { inSeatTransaction } from './inSeatTransaction'
import { seatClaimKey } from './seatClaimKey'

export type ReleaseResult = {
  /** The withdrawn claim and what it was before. */
  released: { claim: number | string; was: 'accepted' | 'waitlisted' }
  /** Who got a seat because of it, first in line first (tell them). */
  promoted: Promotion[]
}

/**
 * `user` withdraws their claim on the item: a waiting claim leaves the line, an accepted one
 * frees its seat, which goes to the first waiting in the order they applied (fillFreeSeats),
 * all in one transaction, exact under concurrency as claimSeat is. 404 when the person holds no
 * claim to withdraw.
 */
export const releaseSeat = async ({
  req,
  collection,
  item,
  user,
  seats,
}: SeatItem & { user: number | string; seats: number }): Promise<ReleaseResult> =>
  inSeatTransaction(req, async () => {
    const claim = await findClaim({ req, key: seatClaimKey({ collection, item, user }) })
    if (!claim || claim.status === 'withdrawn')
      throw new APIError('You have no application here to withdraw.', 404, undefined, true)
    await req.payload.update({
      collection: SEAT_CLAIMS,
      id: claim.id,
      data: { status: 'withdrawn', withdrawnAt: new Date().toISOString() },
      depth: 0,
      req,
    })
    const promoted = await fillFreeSeats({ req, collection, item, seats })
    return { released: { claim: claim.id, was: claim.status }, promoted }
  })
