import * as client from 'openid-client'

import type { OidcProvider } from './oidcProviders'

const cache = new Map<string, Promise<client.Configuration>>()

/**
 * The provider's discovered configuration (issuer metadata and client credentials), fetched
 * once per provider and kept; a failed discovery is forgotten so the next sign-in retries.
 * Plain http is allowed only for the loopback issuers `oidcProviders` accepts.
 */
export const oidcConfiguration = (provider: OidcProvider): Promise<client.Configuration> => {
  const key = `${provider.id} ${provider.issuer.href} ${provider.clientId}`
  const cached = cache.get(key)
  if (cached) return cached
  const discovered = client.discovery(
    provider.issuer,
    provider.clientId,
    provider.clientSecret,
    undefined,
    provider.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
  )
  cache.set(key, discovered)
  discovered.catch(() => cache.delete(key))
  return discovered
}
