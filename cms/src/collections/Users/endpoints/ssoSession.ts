import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError, checkLoginPermission } from 'payload'
import { addSessionToUser } from 'payload/shared'

import { hasRole } from '../../../access/hasRole'
import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { settings } from '../../../settings'
import { signSessionToken } from '../signSessionToken'
import { isSharedSecret } from './isSharedSecret'

const bearer = (header: null | string): null | string => {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '')
  return match?.[1]?.trim() ?? null
}

/** One answer for an unknown e-mail, a locked account, an account without roles or a privileged one. */
const cannotSignIn = () =>
  new APIError('This account cannot sign in with single sign-on.', 401, undefined, true)

/**
 * POST /api/users/sso-session with `{ email }`, for the site's server only (Authorization:
 * Bearer SSO_SHARED_SECRET): after the site has verified an identity provider's ID token, opens
 * an ordinary Payload session for the existing account with that e-mail, as password login does
 * (a session id in the account, a JWT signed with Payload's own `jwtSign`, carrying only id, collection and session), and answers
 * `{ token, exp }`. No account is ever created, and none with the admin or content manager role
 * unless SSO_ALLOW_ADMIN=true. 403 when single sign-on is not configured, 401
 * without the secret or with an account that cannot sign in, 429 over the login limit.
 */
export const ssoSession: Endpoint = {
  path: '/sso-session',
  method: 'post',
  handler: async (req) => {
    if (!settings.ssoSharedSecret) {
      throw new APIError('Single sign-on is not enabled.', 403, undefined, true)
    }
    const given = bearer(req.headers.get('authorization'))
    if (!given) throw new APIError('Unauthorized.', 401, undefined, true)
    if (!isSharedSecret({ given, expected: settings.ssoSharedSecret })) {
      throw new APIError('Forbidden.', 403, undefined, true)
    }
    await addDataAndFileToRequest(req)
    const raw = (req.data as { email?: unknown } | undefined)?.email
    const email = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
    if (!email || email.length > 320) {
      throw new APIError('An e-mail address is required.', 400, undefined, true)
    }
    await enforceRateLimit({ account: email, limit: 'login', req })

    const collection = req.payload.collections.users
    if (!collection) throw new APIError('No users collection.', 500)
    const { config: collectionConfig } = collection
    const user = await req.payload.db.findOne<
      NonNullable<PayloadRequest['user']> & { roles?: null | string[] }
    >({
      collection: 'users',
      req,
      where: { email: { equals: email } },
    })
    if (!user) throw cannotSignIn()
    try {
      // Password login's own check (no such account; locks only if Payload's lockout is ever on again).
      checkLoginPermission({ req, user })
    } catch {
      throw cannotSignIn()
    }
    if (!user.roles?.length) throw cannotSignIn()
    // Pending, rejected and deactivated accounts sign in no more this way than with a password.
    const status = (user as { accountStatus?: unknown }).accountStatus ?? 'active'
    if (status !== 'active' || (user as { _verified?: unknown })._verified === false) throw cannotSignIn()
    if (!settings.ssoAllowAdmin && hasRole(user, 'admin', 'contentManager')) throw cannotSignIn()
    user.collection = 'users'

    const { sid } = await addSessionToUser({ collectionConfig, payload: req.payload, req, user })
    const { exp, token } = await signSessionToken({
      collection: collectionConfig.slug,
      id: user.id,
      secret: req.payload.secret,
      sid,
      tokenExpiration: collectionConfig.auth.tokenExpiration,
    })
    return Response.json({ exp, token }, { headers: req.responseHeaders })
  },
}
