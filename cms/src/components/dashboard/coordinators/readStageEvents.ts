import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { StageEvent } from '../../../stats/timeAtStages'

/** Up to this many items, the history is asked for theirs by id; beyond, read whole and filtered here. */
const IDS_IN_QUERY = 2000

/**
 * The history of `collection`'s items since `since` (from, to, when: what the time at each level
 * needs), of the items in `ids` only when given. The raw history is the admins' alone: it is read
 * here for the figures only, never shown as such.
 */
export const readStageEvents = async ({
  req,
  eventsSlug,
  collection,
  since,
  ids,
}: {
  req: PayloadRequest
  eventsSlug: string
  collection: string
  since: Date
  ids: null | Set<string>
}): Promise<StageEvent[]> => {
  if (ids && ids.size === 0) return []
  const byId = ids !== null && ids.size <= IDS_IN_QUERY
  const where: Where = {
    and: [
      { itemCollection: { equals: collection } },
      { createdAt: { greater_than_equal: since.toISOString() } },
      ...(byId ? [{ document: { in: [...ids] } }] : []),
    ],
  }
  const { docs } = await req.payload.find({
    collection: eventsSlug as CollectionSlug,
    where,
    select: { document: true, from: true, to: true, createdAt: true, revision: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const events = docs as unknown as StageEvent[]
  return ids && !byId ? events.filter((event) => ids.has(String(event.document))) : events
}
