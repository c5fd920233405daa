import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { claimSeat } from '../../../capacity/claimSeat'
import { inSeatTransaction } from '../../../capacity/inSeatTransaction'
import { notifySiteAfterCommit } from '../../../hooks/notifySiteAfterCommit'
import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { findTraining } from '../findTraining'
import { mayApply } from '../mayApply'

/**
 * POST /api/trainings/:id/apply: the signed-in person applies. 200 `{ status: 'accepted' }` or
 * `{ status: 'waitlisted', position }`; 401 anonymous, 404 unknown training, 409 after the
 * `applicationDeadline` or when already applied (naming the application), 403 not eligible.
 * Nothing is read from the body: the applicant is always the caller.
 */
export const applyForTraining: Endpoint = {
  path: '/:id/apply',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    if (!user) throw new APIError('Sign in to apply for a training.', 401, undefined, true)
    await enforceRateLimit({ account: user.id, limit: 'submissions', req })
    const answer = await inSeatTransaction(req, async () => {
      const training = await findTraining(req)
      if (new Date(training.applicationDeadline).getTime() < Date.now()) {
        const message = `Applications closed on ${training.applicationDeadline} (applicationDeadline).`
        throw new APIError(message, 409, [{ path: 'applicationDeadline', message }], true)
      }
      if (!(await mayApply({ req, training, user })))
        throw new APIError(
          'This training is open to other units or roles (eligibleUnits, eligibleRoles).',
          403,
          undefined,
          true,
        )
      const result = await claimSeat({
        req,
        collection: 'trainings',
        item: training.id,
        user: user.id,
        seats: training.seats,
      })
      notifySiteAfterCommit({ req, reason: `trainings ${String(training.id)}: seats` })
      return result.status === 'accepted'
        ? { status: result.status }
        : { status: result.status, position: result.position }
    })
    return Response.json(answer, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  },
}
