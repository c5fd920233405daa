import { cmsUrl } from '../cmsUrl'
import { retryAfterSeconds, type CmsAuthResult } from './cmsAuth'

/**
 * POST /api/users/sso-session with the shared secret: the CMS opens a session for the existing
 * account with this (provider-verified) e-mail. Answers like `cmsLogin`; `invalid` also when
 * single sign-on is not configured on either side.
 */
export const cmsSsoSession = async ({
  email,
  clientAddress,
  env = process.env,
  fetchImpl = fetch,
}: {
  email: string
  clientAddress?: string
  env?: Record<string, string | undefined>
  fetchImpl?: typeof fetch
}): Promise<CmsAuthResult> => {
  const secret = env.SSO_SHARED_SECRET
  if (!secret) return { kind: 'invalid' }
  let response: Response
  try {
    response = await fetchImpl(`${cmsUrl(env)}/api/users/sso-session`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Bearer ${secret}`,
        ...(clientAddress ? { 'X-Forwarded-For': clientAddress } : {}),
      },
      body: JSON.stringify({ email }),
    })
  } catch {
    return { kind: 'unavailable' }
  }
  if (response.status === 429) {
    return { kind: 'rateLimited', retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) }
  }
  if (response.status >= 500) return { kind: 'unavailable' }
  const json = (await response.json().catch(() => ({}))) as { token?: unknown; exp?: unknown }
  if (!response.ok || typeof json.token !== 'string') return { kind: 'invalid' }
  return { kind: 'ok', token: json.token, exp: typeof json.exp === 'number' ? json.exp : null }
}
