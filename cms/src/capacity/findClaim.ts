import type { PayloadRequest } from 'payload'

import type { SeatClaim } from '../payload-types'
import { SEAT_CLAIMS } from './SEAT_CLAIMS'

/** A person's claim on an item, by its unique key, read in the request's transaction. */
export const findClaim = async ({
  req,
  key,
}: {
  req: PayloadRequest
  key: string
}): Promise<null | SeatClaim> =>
  (
    await req.payload.find({
      collection: SEAT_CLAIMS,
      where: { key: { equals: key } },
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs[0] ?? null
