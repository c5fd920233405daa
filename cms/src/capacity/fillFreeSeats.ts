import { idOf } from '../contract/idOf'
import { SEAT_CLAIMS } from './SEAT_CLAIMS'
import type { SeatItem } from './SeatItem'
import { countClaims } from './countClaims'
import { nextQueueNumber } from './nextQueueNumber'
import { writeItemCounters } from './writeItemCounters'

export type Promotion = { claim: number | string; user: number | string }

/**
 * Gives the item's free seats to the first in its line, in the order they applied, and writes
 * the item's counters. Run in the request's transaction (releaseSeat's, or a hook's when the
 * seats were raised). Seats lowered below the accepted count promote nobody and drop nobody.
 */
export const fillFreeSeats = async ({
  req,
  collection,
  item,
  seats,
}: SeatItem & { seats: number }): Promise<Promotion[]> => {
  let accepted = await countClaims({ req, collection, item, status: 'accepted' })
  const promoted: Promotion[] = []
  while (accepted < seats) {
    const { docs } = await req.payload.find({
      collection: SEAT_CLAIMS,
      where: {
        and: [
          { itemCollection: { equals: collection } },
          { item: { equals: String(item) } },
          { status: { equals: 'waitlisted' } },
        ],
      },
      sort: 'queueNumber',
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const next = docs[0]
    if (!next) break
    await req.payload.update({
      collection: SEAT_CLAIMS,
      id: next.id,
      data: { status: 'accepted', acceptedAt: new Date().toISOString() },
      depth: 0,
      req,
      overrideAccess: true,
    })
    promoted.push({ claim: next.id, user: idOf(next.user) as number | string })
    accepted++
  }
  await writeItemCounters({
    req,
    collection,
    item,
    seatsTaken: accepted,
    claimSequence: await nextQueueNumber({ req, collection, item }),
  })
  return promoted
}
