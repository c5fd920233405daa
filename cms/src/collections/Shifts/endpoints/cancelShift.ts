import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { inSeatTransaction } from '../../../capacity/inSeatTransaction'
import { releaseSeat } from '../../../capacity/releaseSeat'
import { tellPromoted } from '../../../capacity/tellPromoted'
import { notifySiteAfterCommit } from '../../../hooks/notifySiteAfterCommit'
import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { findShift } from '../findShift'
import { shiftPromotionMessage } from '../shiftPromotionMessage'

/**
 * POST /api/shifts/:id/cancel: the signed-in person cancels their sign-up. A freed place goes to
 * the first on the waitlist, told by e-mail once it is saved. 200 `{ status: 'cancelled' }`; 401
 * anonymous, 404 unknown shift or no sign-up to cancel, 409 once the shift has started.
 */
export const cancelShift: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    if (!user) throw new APIError('Sign in to cancel a sign-up.', 401, undefined, true)
    await enforceRateLimit({ account: user.id, limit: 'submissions', req })
    await inSeatTransaction(req, async () => {
      const shift = await findShift(req)
      if (new Date(shift.start).getTime() <= Date.now()) {
        const message = `This shift started on ${shift.start}: ask its unit instead (start).`
        throw new APIError(message, 409, [{ path: 'start', message }], true)
      }
      const { released, promoted } = await releaseSeat({
        req,
        collection: 'shifts',
        item: shift.id,
        user: user.id,
        seats: shift.capacity,
      })
      await tellPromoted({ req, promoted, message: shiftPromotionMessage({ req, shift: shift.id }) })
      if (released.was === 'accepted' && promoted.length === 0 && (shift.seatsTaken ?? 0) >= shift.capacity)
        notifySiteAfterCommit({ req, reason: `shifts ${String(shift.id)}: no longer full` })
    })
    return Response.json(
      { status: 'cancelled' },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
