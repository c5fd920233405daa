import { SEAT_CLAIMS } from './SEAT_CLAIMS'
import type { SeatItem } from './SeatItem'

/**
 * The next place in an item's line: one past both the item's `claimSequence` and the last claim
 * (so an item whose counter was reset by hand never gives a place twice; the unique index on
 * itemCollection, item, queueNumber would refuse it anyway).
 */
export const nextQueueNumber = async ({ req, collection, item }: SeatItem): Promise<number> => {
  const stored = (await req.payload.findByID({
    collection: collection as 'trainings',
    id: item,
    depth: 0,
    req,
    overrideAccess: true,
    select: { claimSequence: true },
  })) as { claimSequence?: null | number }
  const { docs } = await req.payload.find({
    collection: SEAT_CLAIMS,
    where: { and: [{ itemCollection: { equals: collection } }, { item: { equals: String(item) } }] },
    sort: '-queueNumber',
    limit: 1,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { queueNumber: true },
  })
  return Math.max(stored.claimSequence ?? 0, docs[0]?.queueNumber ?? 0) + 1
}
