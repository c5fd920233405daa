import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { LOCALES } from '../../../contract/locales'
import { volunteerShifts } from '../volunteerShifts'

const TOKEN = /^[A-Za-z0-9_-]{32}$/

/**
 * GET /api/shifts/feed/:token?locale=…: the shifts of the person whose secret calendar address
 * this is (the site turns it into ICS). No session: the secret is the key, revocable from the
 * account page. 404 for any unknown or revoked secret. Never cached by shared caches.
 */
export const shiftFeed: Endpoint = {
  path: '/feed/:token',
  method: 'get',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    const notFound = () => new APIError('No calendar at this address.', 404, undefined, true)
    if (!TOKEN.test(token)) throw notFound()
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { shiftFeedToken: { equals: token } },
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
      select: { accountStatus: true },
    })
    const person = docs[0]
    if (!person || person.accountStatus === 'erased' || person.accountStatus === 'deactivated')
      throw notFound()
    const locale = LOCALES.find((l) => l === req.locale)
    const shifts = await volunteerShifts({ req, user: person.id, locale })
    const headers = headersWithCors({ headers: new Headers({ 'Cache-Control': 'private, no-store' }), req })
    return Response.json({ docs: shifts }, { headers, status: 200 })
  },
}
