import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { rosterUnits } from '../../../access/rosterUnits'
import { idOf } from '../../../contract/idOf'
import { findShift } from '../findShift'
import { rosterOf } from '../rosterOf'

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
    const docs = await rosterOf({ req, shift: shift.id })
    return Response.json({ docs }, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  },
}
