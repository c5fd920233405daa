import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { collectOwnData } from '../ownData/collectOwnData'

/**
 * GET /api/users/me/export: the signed-in person's data as a JSON download (account without
 * any secret, practices authored, comments, likes, reports, workflow decisions, uploads). 401
 * anonymous, 429 over RATE_LIMIT_ACCOUNT_DATA.
 */
export const exportMyData: Endpoint = {
  path: '/me/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to download your data.', 401, undefined, true)
    await enforceRateLimit({ account: req.user.id, limit: 'accountData', req })
    const data = await collectOwnData({ id: req.user.id, req })
    if (!data) throw new APIError('Sign in to download your data.', 401, undefined, true)
    const headers = new Headers(req.responseHeaders)
    headers.set('Content-Type', 'application/json; charset=utf-8')
    headers.set('Content-Disposition', `attachment; filename="redcloud-my-data-${String(req.user.id)}.json"`)
    headers.set('Cache-Control', 'private, no-store')
    return new Response(JSON.stringify(data, null, 2), { status: 200, headers })
  },
}
