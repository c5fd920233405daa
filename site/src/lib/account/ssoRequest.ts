import type { AstroGlobal } from 'astro'

import { accountRequest, type AccountRequest } from './accountRequest'
import { oidcProviders, type OidcProvider } from './oidcProviders'

/** What a single sign-on route knows about the request it answers. */
export interface SsoRequest extends AccountRequest {
  provider: OidcProvider
  /** The provider's routes on this site, e.g. `/en/account/sso/cri/`: the flow cookie's path. */
  base: string
  /** The site's public origin (SITE_URL), which the provider's redirect URI is built on. */
  origin: string
}

/**
 * The start of both single sign-on routes: what `accountRequest` checks, then a 404 for a
 * provider `OIDC_PROVIDERS` does not list (so nothing answers while single sign-on is off) or
 * for anything but GET.
 */
export const ssoRequest = (
  astro: Pick<AstroGlobal, 'params' | 'request' | 'site' | 'url'> & { clientAddress?: string },
  env: Record<string, string | undefined> = process.env,
): Response | SsoRequest => {
  const request = accountRequest(astro)
  if (request instanceof Response) return request
  const provider = oidcProviders(env).find(({ id }) => id === astro.params.id)
  if (!provider || request.isPost) return new Response(null, { status: 404 })
  return {
    ...request,
    provider,
    base: `/${request.locale}/account/sso/${provider.id}/`,
    origin: env.SITE_URL ? new URL(env.SITE_URL).origin : astro.url.origin,
  }
}
