import type { AstroCookieSetOptions } from 'astro'

/** What the browser carries between leaving for the identity provider and coming back. */
export interface SsoFlow {
  provider: string
  state: string
  nonce: string
  codeVerifier: string
  next: string
}

const isFlow = (value: unknown): value is SsoFlow => {
  const flow = value as Record<string, unknown> | null
  return (
    typeof flow === 'object' &&
    flow !== null &&
    ['provider', 'state', 'nonce', 'codeVerifier', 'next'].every((key) => typeof flow[key] === 'string')
  )
}

/**
 * The short-lived cookie that holds one sign-in's PKCE verifier, state and nonce: HttpOnly,
 * SameSite=Lax (the provider's redirect back is a top-level GET, which Lax lets through), only
 * on this provider's single sign-on paths, ten minutes at most.
 */
export const ssoFlowCookie = {
  name: 'redcloud-sso',
  options: ({
    path,
    env = process.env,
  }: {
    path: string
    env?: Record<string, string | undefined>
  }): AstroCookieSetOptions => ({
    path,
    httpOnly: true,
    sameSite: 'lax',
    secure: env.COOKIE_INSECURE !== 'true',
    maxAge: 10 * 60,
  }),
  serialize: (flow: SsoFlow): string => JSON.stringify(flow),
  parse: (raw: string | undefined): null | SsoFlow => {
    if (!raw) return null
    try {
      const value: unknown = JSON.parse(raw)
      return isFlow(value) ? value : null
    } catch {
      return null
    }
  },
}
