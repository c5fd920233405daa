/** An association's OpenID Connect identity provider, as configured in `OIDC_PROVIDERS`. */
export interface OidcProvider {
  id: string
  /** What the sign-in link says, e.g. "Intranet CRI". */
  label: string
  /** The issuer URL; its `/.well-known/openid-configuration` is read at the first sign-in. */
  issuer: URL
  clientId: string
  clientSecret: string
  scopes: string[]
  /** Accept only an `email` the provider marks `email_verified: true`. */
  requireVerifiedEmail: boolean
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

const issuerUrl = (value: unknown): null | URL => {
  if (typeof value !== 'string') return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  // Plain http only for a provider on this machine (a local test identity provider).
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url
  return null
}

/**
 * The OpenID Connect providers from `OIDC_PROVIDERS`, a JSON list of `{ id, label, issuer,
 * clientId, clientSecret, scopes?, requireVerifiedEmail? }`. Empty (single sign-on off) when
 * unset; entries that are incomplete or whose issuer is not https (or http on loopback) are
 * dropped. `scopes` always include `openid` and `email`.
 */
export const oidcProviders = (env: Record<string, string | undefined> = process.env): OidcProvider[] => {
  const raw = env.OIDC_PROVIDERS
  if (!raw) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new Error('OIDC_PROVIDERS must be a JSON list of { id, label, issuer, clientId, clientSecret }.')
  }
  if (!Array.isArray(parsed)) return []
  return parsed.flatMap((entry: unknown) => {
    const { id, label, issuer, clientId, clientSecret, scopes, requireVerifiedEmail } = (entry ??
      {}) as Record<string, unknown>
    const url = issuerUrl(issuer)
    if (typeof id !== 'string' || !/^[\w-]{1,40}$/.test(id)) return []
    if (typeof label !== 'string' || !label.trim() || !url) return []
    if (typeof clientId !== 'string' || !clientId || typeof clientSecret !== 'string' || !clientSecret)
      return []
    const extra = Array.isArray(scopes)
      ? scopes.filter((s): s is string => typeof s === 'string' && /^\S+$/.test(s))
      : []
    return [
      {
        id,
        label: label.trim(),
        issuer: url,
        clientId,
        clientSecret,
        scopes: [...new Set(['openid', 'email', ...extra])],
        requireVerifiedEmail: requireVerifiedEmail !== false,
      },
    ]
  })
}
