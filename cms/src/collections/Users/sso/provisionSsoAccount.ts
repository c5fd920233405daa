import type { PayloadRequest } from 'payload'

import { randomBytes } from 'crypto'

import type { SsoProvisionMode } from '../../../settings'
import type { SsoProfile } from './ssoProfile'

import { settings } from '../../../settings'
import { MEMBER_ONLY } from '../hooks/protectFirstUser'

type Account = NonNullable<PayloadRequest['user']> & { roles?: null | string[] }

/**
 * Creates the account of someone single sign-on does not know yet, from the checked claims: a
 * member of the unit with the claimed code, confirmed (the provider vouched for the address),
 * `pending` or `active` as SSO_PROVISION says, with a random password nobody knows (a password
 * of their own is a reset away). Null when no unit has that code. Built field by field, so no
 * claim ever sets roles, status or anything else; access control is off because nobody is signed
 * in. When the same person's other sign-in created the account a moment earlier (the e-mail is
 * unique), that account is returned instead: linked, never duplicated.
 */
export const provisionSsoAccount = async ({
  mode,
  profile,
  req,
}: {
  mode: Exclude<SsoProvisionMode, 'off'>
  profile: SsoProfile
  req: PayloadRequest
}): Promise<Account | null> => {
  const unit = await req.payload.db.findOne<{ id: number | string }>({
    collection: 'units',
    req,
    where: { code: { equals: profile.unitCode } },
  })
  if (!unit) return null
  try {
    await req.payload.create({
      collection: 'users',
      // Not the first-register rule that makes the very first account an administrator.
      context: { [MEMBER_ONLY]: true },
      data: {
        email: profile.email,
        // Letters, digits and a dash whatever the random bytes: the password policy always holds.
        password: `sso-${randomBytes(32).toString('base64url')}-7`,
        displayName: profile.displayName,
        unit: unit.id as number,
        preferredLanguage: profile.preferredLanguage ?? settings.defaultLocale,
        roles: ['member'],
        accountStatus: mode,
        _verified: true,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    const raced = await req.payload.db.findOne<Account>({
      collection: 'users',
      req,
      where: { email: { equals: profile.email } },
    })
    if (raced) return raced
    throw error
  }
  // Read back as the endpoint reads every account (the sessions field included).
  return req.payload.db.findOne<Account>({
    collection: 'users',
    req,
    where: { email: { equals: profile.email } },
  })
}
