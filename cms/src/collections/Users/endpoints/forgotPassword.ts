import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'

/**
 * POST /api/users/forgot-password, in place of Payload's own (a collection's endpoints come
 * before the built-in ones). Payload does the work before it answers: a token write and an
 * e-mail for a known address, nothing for an unknown one, so the time told which addresses have
 * accounts (and SMTP makes the gap seconds). Here the answer comes first, the same for every
 * address, and the reset runs afterwards through the Local API.
 */
export const forgotPassword: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const raw = (req.data as { email?: unknown } | undefined)?.email
    const email = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
    if (!email) throw new APIError('Missing email.', 400, undefined, true)
    if (email.length > 320) throw new APIError('The email is too long.', 400, undefined, true)
    await enforceRateLimit({ account: email, limit: 'forgotPassword', req })
    const { payload } = req
    void payload
      .forgotPassword({ collection: 'users', data: { email } })
      .catch((err: unknown) => payload.logger.error({ err, msg: 'Password reset request failed' }))
    return Response.json({ message: req.t('general:success') }, { headers: req.responseHeaders })
  },
}
