import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { inSeatTransaction } from '../../../capacity/inSeatTransaction'
import { releaseSeat } from '../../../capacity/releaseSeat'
import { tellPromoted } from '../../../capacity/tellPromoted'
import { notifySiteAfterCommit } from '../../../hooks/notifySiteAfterCommit'
import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { findTraining } from '../findTraining'
import { trainingPromotionMessage } from '../trainingPromotionMessage'

/**
 * POST /api/trainings/:id/withdraw: the signed-in person withdraws their application. A freed
 * seat goes to the first on the waitlist, who is told by e-mail once it is saved. 200
 * `{ status: 'withdrawn' }`; 401 anonymous, 404 unknown training or no application to withdraw.
 */
export const withdrawFromTraining: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    if (!user) throw new APIError('Sign in to withdraw an application.', 401, undefined, true)
    await enforceRateLimit({ account: user.id, limit: 'submissions', req })
    await inSeatTransaction(req, async () => {
      const training = await findTraining(req)
      const { promoted } = await releaseSeat({
        req,
        collection: 'trainings',
        item: training.id,
        user: user.id,
        seats: training.seats,
      })
      await tellPromoted({ req, promoted, message: trainingPromotionMessage({ req, training: training.id }) })
      notifySiteAfterCommit({ req, reason: `trainings ${String(training.id)}: seats` })
    })
    return Response.json(
      { status: 'withdrawn' },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
