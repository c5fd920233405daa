import { SEAT_CLAIMS } from './SEAT_CLAIMS'
import type { SeatItem } from './SeatItem'
import { countClaims } from './countClaims'
import { duplicateClaimError } from './duplicateClaimError'
import { findClaim } from './findClaim'
import { inSeatTransaction } from './inSeatTransaction'
import { isDuplicateKeyError } from './isDuplicateKeyError'
import { nextQueueNumber } from './nextQueueNumber'
import { seatClaimKey } from './seatClaimKey'
import { writeItemCounters } from './writeItemCounters'

export type ClaimResult =
  | { status: 'accepted'; claim: number | string }
  | { status: 'waitlisted'; position: number; claim: number | string }

/**
 * THE capacity rule (write no second one): `user` claims one of the item's `seats`. Accepted
 * while fewer than `seats` claims are accepted, else waitlisted at the end of the line
 * (`position` 1 is next). One claim per person and item: a second is a 409 naming the first; a
 * withdrawn claim may claim again, at the end of the line. Exact under concurrency: SQLite runs
 * one transaction at a time; on MongoDB every claim writes the item's document, so concurrent
 * claims conflict and the losers run again (inSeatTransaction). The caller checks who may claim
 * (eligibility, deadline) and that the item exists.
 */
export const claimSeat = async ({
  req,
  collection,
  item,
  user,
  seats,
}: SeatItem & { user: number | string; seats: number }): Promise<ClaimResult> => {
  const key = seatClaimKey({ collection, item, user })
  try {
    return await inSeatTransaction(req, async () => {
      const existing = await findClaim({ req, key })
      if (existing && existing.status !== 'withdrawn')
        throw duplicateClaimError({ existing: existing.id, status: existing.status })
      const accepted = await countClaims({ req, collection, item, status: 'accepted' })
      const waiting = await countClaims({ req, collection, item, status: 'waitlisted' })
      const queueNumber = await nextQueueNumber({ req, collection, item })
      const status = accepted < seats ? 'accepted' : 'waitlisted'
      const now = new Date().toISOString()
      const data = {
        itemCollection: collection,
        item: String(item),
        // Numbers on SQLite, strings on MongoDB: the generated types know only the first.
        user: user as number,
        status,
        queueNumber,
        appliedAt: now,
        acceptedAt: status === 'accepted' ? now : null,
        withdrawnAt: null,
        key,
      } as const
      const saved: { id: number | string } = existing
        ? await req.payload.update({ collection: SEAT_CLAIMS, id: existing.id, data, depth: 0, req })
        : await req.payload.create({ collection: SEAT_CLAIMS, data, depth: 0, req })
      await writeItemCounters({
        req,
        collection,
        item,
        seatsTaken: accepted + (status === 'accepted' ? 1 : 0),
        claimSequence: queueNumber,
      })
      return status === 'accepted'
        ? { status, claim: saved.id }
        : { status, position: waiting + 1, claim: saved.id }
    })
  } catch (error) {
    if (isDuplicateKeyError(error)) throw duplicateClaimError({ existing: null, status: null })
    throw error
  }
}
