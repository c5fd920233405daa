import type { Payload } from 'payload'

import { idOf } from '../contract/idOf'

type Id = number | string

/**
 * How many units replicate a practice, as the site says "Replicated by N units": the distinct
 * units of its confirmed replications and of its published adaptations ("Adapt for my unit",
 * `adaptedFrom`), the origin's own unit left out. A unit that declared a replication and also
 * published an adaptation counts once. Read outside any transaction: what is committed.
 */
export const countReplicatingUnits = async ({
  payload,
  practice,
}: {
  payload: Payload
  practice: Id
}): Promise<number> => {
  const [origin, replications, adaptations] = await Promise.all([
    payload.db.findOne<{ id: Id; unit?: unknown }>({
      collection: 'practices',
      select: { unit: true },
      where: { id: { equals: practice } },
    }),
    payload.find({
      collection: 'replications',
      where: { and: [{ practice: { equals: practice } }, { _status: { equals: 'published' } }] },
      select: { unit: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'practices',
      where: { and: [{ adaptedFrom: { equals: practice } }, { _status: { equals: 'published' } }] },
      select: { unit: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const units = new Set(
    [...replications.docs, ...adaptations.docs]
      .map((doc) => idOf(doc.unit))
      .filter((id) => id !== null)
      .map(String),
  )
  const own = idOf(origin?.unit)
  if (own !== null) units.delete(String(own))
  return units.size
}
