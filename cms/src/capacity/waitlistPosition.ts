import type { SeatClaim } from '../payload-types'
import type { SeatItem } from './SeatItem'
import { countClaims } from './countClaims'

/** A waiting claim's place in its item's line (1 is next), or null for any other claim. */
export const waitlistPosition = async ({
  req,
  claim,
}: Pick<SeatItem, 'req'> & {
  claim: Pick<SeatClaim, 'item' | 'itemCollection' | 'queueNumber' | 'status'>
}): Promise<null | number> =>
  claim.status !== 'waitlisted'
    ? null
    : (await countClaims({
        req,
        collection: claim.itemCollection,
        item: claim.item,
        status: 'waitlisted',
        before: claim.queueNumber,
      })) + 1
