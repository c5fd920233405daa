import type { PayloadRequest } from 'payload'

import { SEAT_CLAIMS } from '../../capacity/SEAT_CLAIMS'
import { waitlistPosition } from '../../capacity/waitlistPosition'
import { idOf } from '../../contract/idOf'
import type { Locale } from '../../contract/locales'

const MAX_LISTED = 100

export type VolunteerShift = {
  shift: { id: number | string; start: string; end: string; capacity: number; seatsTaken: number }
  need: { id: number | string; title: string; address: null | string }
  status: 'confirmed' | 'waitlisted'
  position: null | number
}

/**
 * One person's sign-ups (confirmed or waiting) to shifts that have not ended, soonest first,
 * read as the server: for "My shifts" and the person's private calendar feed.
 */
export const volunteerShifts = async ({
  req,
  user,
  locale,
}: {
  req: PayloadRequest
  user: number | string
  locale: Locale | undefined
}): Promise<VolunteerShift[]> => {
  const { docs: claims } = await req.payload.find({
    collection: SEAT_CLAIMS,
    where: {
      and: [
        { user: { equals: user } },
        { itemCollection: { equals: 'shifts' } },
        { status: { in: ['accepted', 'waitlisted'] } },
      ],
    },
    limit: MAX_LISTED,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (claims.length === 0) return []
  const { docs: shifts } = await req.payload.find({
    collection: 'shifts',
    where: {
      and: [
        { id: { in: claims.map((claim) => claim.item) } },
        { end: { greater_than: new Date().toISOString() } },
      ],
    },
    sort: 'start',
    limit: MAX_LISTED,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { need: true, start: true, end: true, capacity: true, seatsTaken: true },
  })
  const needIds = [...new Set(shifts.map((shift) => idOf(shift.need)).filter((id) => id !== null))]
  const { docs: needs } = await req.payload.find({
    collection: 'needs',
    where: { id: { in: needIds } },
    limit: MAX_LISTED,
    pagination: false,
    depth: 0,
    locale,
    req,
    overrideAccess: true,
    select: { title: true, address: true },
  })
  const result: VolunteerShift[] = []
  for (const shift of shifts) {
    const claim = claims.find((c) => c.item === String(shift.id))
    const need = needs.find((n) => String(n.id) === String(idOf(shift.need)))
    if (!claim || !need) continue
    result.push({
      shift: {
        id: shift.id,
        start: shift.start,
        end: shift.end,
        capacity: shift.capacity,
        seatsTaken: shift.seatsTaken ?? 0,
      },
      need: { id: need.id, title: need.title, address: need.address ?? null },
      status: claim.status === 'accepted' ? 'confirmed' : 'waitlisted',
      position: await waitlistPosition({ req, claim }),
    })
  }
  return result
}
