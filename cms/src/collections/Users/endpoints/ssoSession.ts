import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError, checkLoginPermission } from 'payload'
import { addSessionToUser } from 'payload/shared'

import type { AccountStatus } from '../../../contract/accountStatuses'

import { hasRole } from '../../../access/hasRole'
import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { settings } from '../../../settings'
import { REFUSALS } from '../hooks/refuseInactiveLogin'
import { signSessionToken } from '../signSessionToken'
import { provisionSsoAccount } from '../sso/provisionSsoAccount'
import { ssoProfile } from '../sso/ssoProfile'
import { ssoRefusal } from '../sso/ssoRefusal'
import { isSharedSecret } from './isSharedSecret'

const bearer = (header: null | string): null | string => {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '')
  return match?.[1]?.trim() ?? null
}

/** One answer for an unknown e-mail, a locked account, an account without roles or a privileged one. */
const cannotSignIn = () =>
  new APIError('This account cannot sign in with single sign-on.', 401, undefined, true)

type Account = NonNullable<PayloadRequest['user']> & { roles?: null | string[] }

/** Whether the provider vouched for this very address, as the site passed its claims on. */
const vouchedFor = (claims: unknown, email: string): boolean => {
  const given = (claims ?? {}) as { email?: unknown; email_verified?: unknown }
  return (
    typeof given.email === 'string' &&
    given.email.trim().toLowerCase() === email &&
    given.email_verified === true
  )
}

/**
 * POST /api/users/sso-session with `{ email, claims? }`, for the site's server only
 * (Authorization: Bearer SSO_SHARED_SECRET): after the site has verified an identity provider's ID
 * token, opens an ordinary Payload session for the account with that e-mail, as password login
 * does (a session id in the account, a JWT signed with Payload's own `jwtSign`, carrying only id,
 * collection and session), and answers `{ token, exp }`. An address without an account gets one
 * only with SSO_PROVISION=pending|active, from `claims` (the ID token's and UserInfo's; see
 * ssoProfile), a member and nothing more; none with the admin or content manager role signs in
 * unless SSO_ALLOW_ADMIN=true. 403 when single sign-on is not configured, when provisioning is
 * refused (`data.reason`) and, for an address the claims vouch for, when the account is not
 * active (`data.accountStatus`, as password login says it); 401 without the secret or with an
 * account that cannot sign in; 429 over the login limit.
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
    const claims = (req.data as { claims?: unknown } | undefined)?.claims
    const email = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
    if (!email || email.length > 320) {
      throw new APIError('An e-mail address is required.', 400, undefined, true)
    }
    await enforceRateLimit({ account: email, limit: 'login', req })

    const collection = req.payload.collections.users
    if (!collection) throw new APIError('No users collection.', 500)
    const { config: collectionConfig } = collection
    // An existing account with this address is the one signed in to, whatever the claims say.
    let user = await req.payload.db.findOne<Account>({
      collection: 'users',
      req,
      where: { email: { equals: email } },
    })
    if (!user) {
      const { mode, unitClaim } = settings.ssoProvisioning
      if (mode === 'off' || !unitClaim) throw cannotSignIn()
      const read = ssoProfile({ claims, email, unitClaim })
      if ('refusal' in read) throw ssoRefusal(read.refusal, unitClaim)
      user = await provisionSsoAccount({ mode, profile: read.profile, req })
      if (!user) throw ssoRefusal('unitClaim', unitClaim)
    }
    try {
      // Password login's own check (no such account; locks only if Payload's lockout is ever on again).
      checkLoginPermission({ req, user })
    } catch {
      throw cannotSignIn()
    }
    if (!user.roles?.length) throw cannotSignIn()
    // Pending, rejected and deactivated accounts sign in no more this way than with a password.
    const status = ((user as { accountStatus?: unknown }).accountStatus ?? 'active') as AccountStatus
    const unconfirmed = (user as { _verified?: unknown })._verified === false
    // The person the provider vouched for learns why, as with the right password.
    if (status !== 'active' && !unconfirmed && vouchedFor(claims, email)) {
      throw new APIError(REFUSALS[status] ?? REFUSALS.deactivated, 403, { accountStatus: status }, true)
    }
    if (status !== 'active' || unconfirmed) throw cannotSignIn()
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
