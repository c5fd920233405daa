import type { PayloadRequest, Where } from 'payload'

import { rosterUnits } from './rosterUnits'

/** `claimReaders` for shifts: the sign-ups to shifts of the units whose rosters the caller reads. */
export const readShiftClaims = async (req: PayloadRequest): Promise<boolean | Where> => {
  const units = await rosterUnits(req)
  if (units === null) return true
  if (units.length === 0) return false
  const { docs } = await req.payload.find({
    collection: 'shifts',
    where: { unit: { in: units } },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: {},
  })
  return docs.length === 0 ? false : { item: { in: docs.map(({ id }) => String(id)) } }
}
