import { LOCALES, type Locale } from '../../../contract/locales'

/** Why single sign-on may not create an account from an identity provider's claims. */
export type SsoProvisionRefusal = 'emailNotVerified' | 'unitClaim'

/** What a new account takes from the claims: never a role, a status or anything else. */
export interface SsoProfile {
  email: string
  displayName: string
  unitCode: string
  preferredLanguage: Locale | null
}

const text = (value: unknown): string =>
  typeof value === 'string'
    ? value
        .normalize('NFC')
        .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : ''

/** `name`, else `given_name family_name`, else the e-mail address's local part; at most 80 characters. */
const displayNameOf = (claims: Record<string, unknown>, email: string): string => {
  const name =
    text(claims.name) ||
    [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ') ||
    email.split('@')[0] ||
    email
  return [...name].slice(0, 80).join('').trim()
}

/** `it`, `it-IT`, `it_IT` and `IT` are all Italian; a language outside the four is none. */
const languageOf = (claim: unknown): Locale | null => {
  const primary = text(claim).toLowerCase().split(/[-_]/)[0]
  return LOCALES.find((locale) => locale === primary) ?? null
}

/** One unit code: a string (or a list holding exactly one), as the units collection spells codes. */
const unitCodeOf = (claim: unknown): null | string => {
  const single = Array.isArray(claim) ? (claim.length === 1 ? claim[0] : null) : claim
  if (typeof single !== 'string' && typeof single !== 'number') return null
  const code = String(single).trim().toUpperCase()
  return /^[A-Z0-9][A-Z0-9-]{0,31}$/.test(code) ? code : null
}

/**
 * Reads the claims the site's server passes on after checking the ID token (UserInfo included)
 * for a first sign-in: the address must be the one signed in with and marked `email_verified:
 * true`, and `unitClaim` must hold one well-formed unit code (whether that unit exists is the
 * caller's to check). Anything else in the claims (roles, groups, "admin"…) is ignored.
 */
export const ssoProfile = ({
  claims,
  email,
  unitClaim,
}: {
  claims: unknown
  email: string
  unitClaim: string
}): { profile: SsoProfile } | { refusal: SsoProvisionRefusal } => {
  const given = (claims && typeof claims === 'object' && !Array.isArray(claims) ? claims : {}) as Record<
    string,
    unknown
  >
  const claimedEmail = typeof given.email === 'string' ? given.email.trim().toLowerCase() : ''
  if (claimedEmail !== email || given.email_verified !== true) return { refusal: 'emailNotVerified' }
  const unitCode = unitCodeOf(Object.hasOwn(given, unitClaim) ? given[unitClaim] : undefined)
  if (!unitCode) return { refusal: 'unitClaim' }
  return {
    profile: {
      email,
      displayName: displayNameOf(given, email),
      unitCode,
      preferredLanguage: languageOf(given.locale),
    },
  }
}
