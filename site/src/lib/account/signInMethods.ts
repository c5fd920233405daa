import { oidcProviders } from './oidcProviders'

/** A way to sign in that the sign-in page offers besides e-mail and password. */
export interface SingleSignOnProvider {
  id: string
  /** What the button says, e.g. "Intranet CRI". */
  label: string
  /**
   * Where the browser starts the provider's flow: an address on this origin which must end by
   * setting the same `payload-token` session cookie and sending the browser back to `?next=`
   * (the site's own OpenID Connect route `/<locale>/account/sso/<id>/` for `OIDC_PROVIDERS`).
   */
  startPath: string
}

/**
 * The single sign-on providers the sign-in page shows: the OpenID Connect providers of
 * `OIDC_PROVIDERS` (started by the site's own route in `locale`), then any other flow listed in
 * `SITE_SSO_PROVIDERS`, a JSON list of `{ id, label, startPath }`. Empty by default; invalid
 * entries are dropped. Only same-origin paths are accepted, so a configuration mistake cannot
 * send people to another site.
 */
export const signInMethods = (
  env: Record<string, string | undefined>,
  { locale }: { locale: string },
): SingleSignOnProvider[] => {
  const oidc = oidcProviders(env).map(({ id, label }) => ({
    id,
    label,
    startPath: `/${encodeURIComponent(locale)}/account/sso/${id}/`,
  }))
  return [...oidc, ...otherProviders(env).filter(({ id }) => !oidc.some((provider) => provider.id === id))]
}

const otherProviders = (env: Record<string, string | undefined>): SingleSignOnProvider[] => {
  const raw = env.SITE_SSO_PROVIDERS
  if (!raw) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new Error('SITE_SSO_PROVIDERS must be a JSON list of { id, label, startPath }.')
  }
  if (!Array.isArray(parsed)) return []
  return parsed.flatMap((entry: unknown) => {
    const { id, label, startPath } = (entry ?? {}) as Record<string, unknown>
    if (typeof id !== 'string' || !/^[\w-]{1,40}$/.test(id)) return []
    if (typeof label !== 'string' || !label.trim()) return []
    if (typeof startPath !== 'string' || !startPath.startsWith('/') || startPath.startsWith('//')) return []
    return [{ id, label: label.trim(), startPath }]
  })
}
