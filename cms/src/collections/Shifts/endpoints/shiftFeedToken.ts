import type { Endpoint } from 'payload'

import { randomBytes } from 'node:crypto'

import { APIError, headersWithCors } from 'payload'

/**
 * POST /api/shifts/feed-token: gives the caller a new secret for their private calendar of shifts
 * (`GET /api/shifts/feed/:token`, served by the site as ICS), so any earlier address stops
 * working; with `{ "revoke": true }` removes it. 200 `{ token }` (null once revoked); 401 anonymous.
 */
export const shiftFeedToken: Endpoint = {
  path: '/feed-token',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    if (!user) throw new APIError('Sign in to manage your calendar address.', 401, undefined, true)
    let revoke = false
    try {
      const body = (await req.json?.()) as unknown
      revoke = Boolean(body && typeof body === 'object' && (body as { revoke?: unknown }).revoke === true)
    } catch {
      revoke = false
    }
    const token = revoke ? null : randomBytes(24).toString('base64url')
    await req.payload.update({
      collection: 'users',
      id: user.id,
      data: { shiftFeedToken: token },
      depth: 0,
      req,
      overrideAccess: true,
    })
    return Response.json(
      { token },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
