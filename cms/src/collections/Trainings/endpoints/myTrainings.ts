import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { SEAT_CLAIMS } from '../../../capacity/SEAT_CLAIMS'
import { waitlistPosition } from '../../../capacity/waitlistPosition'
import { LOCALES, type Locale } from '../../../contract/locales'

const MAX_LISTED = 100

/**
 * GET /api/trainings/mine?locale=…: the caller's own open applications ("My trainings"), newest
 * first, each with its training, status and waitlist position. 401 anonymous.
 */
export const myTrainings: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: async (req) => {
    const { user } = req
    if (!user) throw new APIError('Sign in to see your trainings.', 401, undefined, true)
    const locale = LOCALES.find((l) => l === req.locale) ?? undefined
    const { docs: claims } = await req.payload.find({
      collection: SEAT_CLAIMS,
      where: {
        and: [
          { user: { equals: user.id } },
          { itemCollection: { equals: 'trainings' } },
          { status: { in: ['accepted', 'waitlisted'] } },
        ],
      },
      sort: '-appliedAt',
      limit: MAX_LISTED,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (claims.length === 0)
      return Response.json(
        { docs: [] },
        { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
      )
    const { docs: trainings } = await req.payload.find({
      collection: 'trainings',
      where: { id: { in: claims.map((claim) => claim.item) } },
      limit: MAX_LISTED,
      pagination: false,
      depth: 0,
      locale: locale as Locale | undefined,
      req,
      select: { title: true, kind: true, startsAt: true, endsAt: true, online: true, place: true },
    })
    const docs = []
    for (const claim of claims) {
      const training = trainings.find((doc) => String(doc.id) === claim.item)
      if (!training) continue
      docs.push({
        training,
        status: claim.status,
        position: await waitlistPosition({ req, claim }),
        appliedAt: claim.appliedAt,
      })
    }
    return Response.json({ docs }, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  },
}
