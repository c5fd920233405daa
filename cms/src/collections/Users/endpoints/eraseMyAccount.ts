import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError, ValidationError } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'

import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { isAccountPassword } from '../ownData/isAccountPassword'
import { runErasure } from './runErasure'

/**
 * POST /api/users/me/erase with `{ password }`: the signed-in person erases their own account
 * (ownData/eraseAccount). 401 anonymous, 400 without a password, 403 with a wrong one (nothing
 * changes), 429 over RATE_LIMIT_ACCOUNT_DATA. Answers 200 `{ erased: true }` and expires the
 * session cookie: every session of the account has ended.
 */
export const eraseMyAccount: Endpoint = {
  path: '/me/erase',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to erase your account.', 401, undefined, true)
    await addDataAndFileToRequest(req)
    const password = (req.data as { password?: unknown } | undefined)?.password
    if (typeof password !== 'string' || password === '') {
      const message = 'Type your password to erase your account.'
      throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }], req })
    }
    await enforceRateLimit({ account: req.user.id, limit: 'accountData', req })
    // Checked before the transaction: hashing is slow on purpose.
    const account = await req.payload.db.findOne<{ id: number | string; hash?: unknown; salt?: unknown }>({
      collection: 'users',
      req,
      where: { id: { equals: req.user.id } },
    })
    if (!account || !(await isAccountPassword({ hash: account.hash, salt: account.salt, password }))) {
      throw new APIError('The password is not right.', 403, undefined, true)
    }
    const erased = await runErasure({ id: req.user.id, req })
    if (!erased) throw new APIError('Sign in to erase your account.', 401, undefined, true)
    const headers = new Headers(req.responseHeaders)
    const collectionConfig = req.payload.collections.users.config
    headers.append(
      'Set-Cookie',
      generateExpiredPayloadCookie({
        collectionAuthConfig: collectionConfig.auth,
        config: req.payload.config,
        cookiePrefix: req.payload.config.cookiePrefix,
      }),
    )
    return Response.json({ erased: true }, { headers })
  },
}
