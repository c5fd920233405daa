import { cmsUrl } from '../cmsUrl'
import { retryAfterSeconds, type CmsAuthResult } from './cmsAuth'

/** Why the CMS would not create an account at a first single sign-on (SSO_PROVISION). */
export type SsoProvisionRefusal = {
  kind: 'provisionRefused'
  reason: 'emailNotVerified' | 'unitClaim'
  claim: string
}

const INACTIVE = ['pending', 'rejected', 'deactivated'] as const

/**
 * POST /api/users/sso-session with the shared secret: the CMS opens a session for the account
 * with this (provider-verified) e-mail, creating it from `claims` when SSO_PROVISION allows.
 * Answers like `cmsLogin` (`inactive` for an account the provider vouched for that may not sign
 * in yet), or why no account was created; `invalid` also when single sign-on is not configured
 * on either side.
 */
export const cmsSsoSession = async ({
  email,
  claims,
  clientAddress,
  env = process.env,
  fetchImpl = fetch,
}: {
  email: string
  /** The ID token's and UserInfo's claims, for the CMS to create the account from. */
  claims?: Record<string, unknown>
  clientAddress?: string
  env?: Record<string, string | undefined>
  fetchImpl?: typeof fetch
}): Promise<CmsAuthResult | SsoProvisionRefusal> => {
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
      body: JSON.stringify(claims ? { email, claims } : { email }),
    })
  } catch {
    return { kind: 'unavailable' }
  }
  if (response.status === 429) {
    return { kind: 'rateLimited', retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) }
  }
  if (response.status >= 500) return { kind: 'unavailable' }
  const json = (await response.json().catch(() => ({}))) as {
    token?: unknown
    exp?: unknown
    errors?: { data?: { accountStatus?: unknown; reason?: unknown; claim?: unknown } | null }[]
  }
  if (response.status === 403) {
    const data = json.errors?.[0]?.data
    const status = INACTIVE.find((value) => value === data?.accountStatus)
    if (status) return { kind: 'inactive', accountStatus: status }
    if (data?.reason === 'emailNotVerified' || data?.reason === 'unitClaim') {
      return { kind: 'provisionRefused', reason: data.reason, claim: String(data.claim ?? '') }
    }
  }
  if (!response.ok || typeof json.token !== 'string') return { kind: 'invalid' }
  return { kind: 'ok', token: json.token, exp: typeof json.exp === 'number' ? json.exp : null }
}
