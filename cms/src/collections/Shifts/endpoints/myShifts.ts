import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { LOCALES } from '../../../contract/locales'
import { volunteerShifts } from '../volunteerShifts'

/**
 * GET /api/shifts/mine?locale=…: the caller's own sign-ups to shifts not yet ended ("My
 * shifts"), soonest first, each with its shift, need, status and waitlist position. 401 anonymous.
 */
export const myShifts: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: async (req) => {
    const { user } = req
    if (!user) throw new APIError('Sign in to see your shifts.', 401, undefined, true)
    const locale = LOCALES.find((l) => l === req.locale)
    const docs = await volunteerShifts({ req, user: user.id, locale })
    return Response.json({ docs }, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  },
}
