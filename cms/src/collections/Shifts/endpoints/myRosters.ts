import type { Endpoint, Where } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { rosterUnits } from '../../../access/rosterUnits'
import { idOf } from '../../../contract/idOf'
import { LOCALES } from '../../../contract/locales'
import { rosterOf } from '../rosterOf'

const MAX_SHIFTS = 50

/**
 * GET /api/shifts/rosters?locale=…: the upcoming shifts of the units whose rosters the caller
 * reads (a coordinator's unit, a validator's subtree, every unit for admins), soonest first, each
 * with its need's title and roster. 401 anonymous; an empty list for everyone else.
 */
export const myRosters: Endpoint = {
  path: '/rosters',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to read rosters.', 401, undefined, true)
    const headers = headersWithCors({ headers: new Headers(), req })
    const units = await rosterUnits(req)
    if (units !== null && units.length === 0) return Response.json({ docs: [] }, { headers, status: 200 })
    const and: Where[] = [{ end: { greater_than: new Date().toISOString() } }]
    if (units !== null) and.push({ unit: { in: units } })
    const { docs: shifts } = await req.payload.find({
      collection: 'shifts',
      where: { and },
      sort: 'start',
      limit: MAX_SHIFTS,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const needIds = [...new Set(shifts.map((shift) => String(idOf(shift.need))))]
    const { docs: needs } = await req.payload.find({
      collection: 'needs',
      where: { id: { in: needIds } },
      limit: MAX_SHIFTS,
      pagination: false,
      depth: 0,
      locale: LOCALES.find((l) => l === req.locale),
      req,
      select: { title: true },
    })
    const docs = []
    for (const shift of shifts)
      docs.push({
        shift: { id: shift.id, start: shift.start, end: shift.end, capacity: shift.capacity },
        need: {
          id: idOf(shift.need),
          title: needs.find((need) => String(need.id) === String(idOf(shift.need)))?.title ?? '',
        },
        roster: await rosterOf({ req, shift: shift.id }),
      })
    return Response.json({ docs }, { headers, status: 200 })
  },
}
