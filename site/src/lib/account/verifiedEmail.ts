/**
 * The e-mail address an identity provider vouches for, from its ID token claims (or UserInfo),
 * lower-cased; null when there is none or, with `requireVerifiedEmail`, when the provider does
 * not mark it `email_verified: true`.
 */
export const verifiedEmail = ({
  claims,
  requireVerifiedEmail,
}: {
  claims: Record<string, unknown> | undefined
  requireVerifiedEmail: boolean
}): null | string => {
  const email = claims?.email
  if (typeof email !== 'string') return null
  const trimmed = email.trim().toLowerCase()
  if (!trimmed || trimmed.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(trimmed)) return null
  if (requireVerifiedEmail && claims?.email_verified !== true) return null
  return trimmed
}
