import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { claimSeat } from '../../../capacity/claimSeat'
import { inSeatTransaction } from '../../../capacity/inSeatTransaction'
import { notifySiteAfterCommit } from '../../../hooks/notifySiteAfterCommit'
import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { findShift } from '../findShift'

/**
 * POST /api/shifts/:id/signup: the signed-in person signs up. 200 `{ status: 'confirmed' }` or
 * `{ status: 'waitlisted', position }` (the capacity module's `accepted` is a shift's
 * `confirmed`); 401 anonymous, 404 unknown shift, 409 once the shift has started or when
 * already signed up (naming the sign-up). Nothing is read from the body: the volunteer is the caller.
 */
export const signUpForShift: Endpoint = {
  path: '/:id/signup',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    if (!user) throw new APIError('Sign in to sign up for a shift.', 401, undefined, true)
    await enforceRateLimit({ account: user.id, limit: 'submissions', req })
    const answer = await inSeatTransaction(req, async () => {
      const shift = await findShift(req)
      if (new Date(shift.start).getTime() <= Date.now()) {
        const message = `This shift started on ${shift.start}: sign-ups are closed (start).`
        throw new APIError(message, 409, [{ path: 'start', message }], true)
      }
      const result = await claimSeat({
        req,
        collection: 'shifts',
        item: shift.id,
        user: user.id,
        seats: shift.capacity,
      })
      // Free places are fetched live by the need's page: only a shift becoming full rebuilds it.
      if (result.status === 'accepted' && (shift.seatsTaken ?? 0) + 1 >= shift.capacity)
        notifySiteAfterCommit({ req, reason: `shifts ${String(shift.id)}: full` })
      return result.status === 'accepted'
        ? { status: 'confirmed' as const }
        : { status: 'waitlisted' as const, position: result.position }
    })
    return Response.json(answer, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  },
}
