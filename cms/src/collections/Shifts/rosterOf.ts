import type { PayloadRequest } from 'payload'

import { SEAT_CLAIMS } from '../../capacity/SEAT_CLAIMS'
import { idOf } from '../../contract/idOf'

export type RosterLine = { name: string; status: 'confirmed' | 'waitlisted'; position: null | number }

/**
 * Who signed up for a shift, confirmed first then the waitlist in order, by display name, read
 * as the server: the caller has already been checked against the shift's unit.
 */
export const rosterOf = async ({
  req,
  shift,
}: {
  req: PayloadRequest
  shift: number | string
}): Promise<RosterLine[]> => {
  const { docs: claims } = await req.payload.find({
    collection: SEAT_CLAIMS,
    where: {
      and: [
        { itemCollection: { equals: 'shifts' } },
        { item: { equals: String(shift) } },
        { status: { in: ['accepted', 'waitlisted'] } },
      ],
    },
    sort: 'queueNumber',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (claims.length === 0) return []
  const { docs: people } = await req.payload.find({
    collection: 'users',
    where: { id: { in: claims.map((claim) => idOf(claim.user)) } },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { displayName: true },
  })
  const nameOf = (user: unknown) =>
    people.find((person) => String(person.id) === String(idOf(user)))?.displayName ?? ''
  const waiting = claims.filter((claim) => claim.status === 'waitlisted')
  return [
    ...claims
      .filter((claim) => claim.status === 'accepted')
      .map((claim) => ({ name: nameOf(claim.user), status: 'confirmed' as const, position: null })),
    ...waiting.map((claim, index) => ({
      name: nameOf(claim.user),
      status: 'waitlisted' as const,
      position: index + 1,
    })),
  ]
}
