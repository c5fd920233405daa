import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { rosterUnits } from '../../../access/rosterUnits'
import { SEAT_CLAIMS } from '../../../capacity/SEAT_CLAIMS'
import { idOf } from '../../../contract/idOf'
import { findShift } from '../findShift'

/**
 * GET /api/shifts/:id/roster: who signed up, confirmed first then the waitlist in order, with
 * display names. Only for the unit's validators and coordinators (and admins): 401 anonymous,
 * 403 anyone else (the same answer whether or not anyone signed up).
 */
export const shiftRoster: Endpoint = {
  path: '/:id/roster',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to read a roster.', 401, undefined, true)
    const shift = await findShift(req)
    const units = await rosterUnits(req)
    const unit = idOf(shift.unit)
    if (units !== null && !units.some((id) => String(id) === String(unit)))
      throw new APIError(
        "Only the unit's validators and coordinators read its rosters.",
        403,
        undefined,
        true,
      )
    const { docs: claims } = await req.payload.find({
      collection: SEAT_CLAIMS,
      where: {
        and: [
          { itemCollection: { equals: 'shifts' } },
          { item: { equals: String(shift.id) } },
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
    const people = claims.length
      ? (
          await req.payload.find({
            collection: 'users',
            where: { id: { in: claims.map((claim) => idOf(claim.user)) } },
            limit: 0,
            pagination: false,
            depth: 0,
            req,
            overrideAccess: true,
            select: { displayName: true },
          })
        ).docs
      : []
    const nameOf = (user: unknown) =>
      people.find((person) => String(person.id) === String(idOf(user)))?.displayName ?? ''
    const confirmed = claims.filter((claim) => claim.status === 'accepted')
    const waiting = claims.filter((claim) => claim.status === 'waitlisted')
    const docs = [
      ...confirmed.map((claim) => ({ name: nameOf(claim.user), status: 'confirmed', position: null })),
      ...waiting.map((claim, index) => ({
        name: nameOf(claim.user),
        status: 'waitlisted',
        position: index + 1,
      })),
    ]
    return Response.json({ docs }, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  },
}
