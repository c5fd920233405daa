import { APIError } from 'payload'

import type { SsoProvisionRefusal } from './ssoProfile'

/**
 * 403 for a first single sign-on that may not create an account, told to the person the provider
 * just vouched for (so nothing is revealed to anyone else): `data.reason` and `data.claim` let the
 * site say it in their language and name the claim their intranet has to fill in.
 */
export const ssoRefusal = (reason: SsoProvisionRefusal, unitClaim: string): APIError =>
  reason === 'emailNotVerified'
    ? new APIError(
        'The identity provider does not confirm this e-mail address (email_verified), so no account is created for it.',
        403,
        { reason },
        true,
      )
    : new APIError(
        `The identity provider's claim "${unitClaim}" does not hold the code of a RedCloud unit, so no account is created. Ask your unit to have it filled in.`,
        403,
        { reason, claim: unitClaim },
        true,
      )
