import { cmsUrl } from '../cmsUrl'

/** What the site's account pages need to know about a CMS answer. */
export type CmsAuthResult =
  | { kind: 'ok'; token: null | string; exp: null | number }
  | { kind: 'invalid' }
  | { kind: 'rateLimited'; retryAfterSeconds: number }
  | { kind: 'rejected'; field: null | string; message: string; fields?: string[] }
  /** Sign-in refused for the account's state: not yet confirmed, or not (or no longer) active. */
  | { kind: 'inactive'; accountStatus: 'deactivated' | 'pending' | 'rejected' | 'unverified' }
  | { kind: 'unavailable' }

interface CmsAuthOptions {
  env?: Record<string, string | undefined>
  fetchImpl?: typeof fetch
  /** The visitor's address, passed on so the CMS's per-address limits see people, not the site. */
  clientAddress?: string
}

/** Seconds from a Retry-After header (seconds or an HTTP date); at least 1. */
export const retryAfterSeconds = (header: null | string, now = Date.now()): number => {
  if (!header) return 60
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds))
  const at = Date.parse(header)
  return Number.isNaN(at) ? 60 : Math.max(1, Math.ceil((at - now) / 1000))
}

const INACTIVE = ['pending', 'rejected', 'deactivated'] as const

const call = async (
  path: string,
  body: Record<string, boolean | number | string>,
  { env = process.env, fetchImpl = fetch, clientAddress, token }: CmsAuthOptions & { token?: string },
): Promise<CmsAuthResult> => {
  let response: Response
  try {
    response = await fetchImpl(`${cmsUrl(env)}/api/users/${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...(clientAddress ? { 'X-Forwarded-For': clientAddress } : {}),
      },
      body: JSON.stringify(body),
    })
  } catch {
    return { kind: 'unavailable' }
  }
  const json = (await response.json().catch(() => ({}))) as {
    token?: unknown
    exp?: unknown
    errors?: {
      message?: unknown
      data?: { accountStatus?: unknown; errors?: { path?: unknown; message?: unknown }[] }
    }[]
  }
  if (response.ok) {
    return {
      kind: 'ok',
      token: typeof json.token === 'string' ? json.token : null,
      exp: typeof json.exp === 'number' ? json.exp : null,
    }
  }
  if (response.status === 429) {
    return { kind: 'rateLimited', retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) }
  }
  // Unknown e-mail, wrong password and a locked account all read the same: nobody learns which.
  if (response.status === 401 || response.status === 423) return { kind: 'invalid' }
  if (response.status >= 500) return { kind: 'unavailable' }
  const error = json.errors?.[0]
  // The CMS tells the account's state only to whoever gave its right password.
  if (path === 'login' && response.status === 403) {
    const status = INACTIVE.find((value) => value === error?.data?.accountStatus)
    return { kind: 'inactive', accountStatus: status ?? 'unverified' }
  }
  const fieldErrors = Array.isArray(error?.data?.errors) ? error.data.errors : []
  const fieldError = fieldErrors[0]
  return {
    kind: 'rejected',
    field: typeof fieldError?.path === 'string' ? fieldError.path : null,
    message: String(fieldError?.message ?? error?.message ?? response.statusText),
    fields: fieldErrors.map((item) => item.path).filter((item): item is string => typeof item === 'string'),
  }
}

/** POST /api/users/login: a session token for e-mail and password. */
export const cmsLogin = (
  { email, password }: { email: string; password: string },
  options: CmsAuthOptions = {},
): Promise<CmsAuthResult> => call('login', { email, password }, options)

/** POST /api/users/logout with the visitor's token: the CMS ends that session. */
export const cmsLogout = (token: string, options: CmsAuthOptions = {}): Promise<CmsAuthResult> =>
  call('logout', {}, { ...options, token })

/** POST /api/users/forgot-password: the CMS e-mails a reset link if it knows the address. */
export const cmsForgotPassword = (email: string, options: CmsAuthOptions = {}): Promise<CmsAuthResult> =>
  call('forgot-password', { email }, options)

/** POST /api/users/reset-password: a new password for a reset token; signs the person in. */
export const cmsResetPassword = (
  { token, password }: { token: string; password: string },
  options: CmsAuthOptions = {},
): Promise<CmsAuthResult> => call('reset-password', { token, password }, options)

/** What the registration form sends (the CMS ignores anything else). */
export interface Registration {
  name: string
  email: string
  password: string
  unit: string
  language: string
  acceptTerms: boolean
}

/**
 * POST /api/users/register: the same answer whether or not the address has an account; a 400
 * names every field the CMS refused (`fields`).
 */
export const cmsRegister = (
  registration: Registration,
  options: CmsAuthOptions = {},
): Promise<CmsAuthResult> => call('register', { ...registration }, options)

/** POST /api/users/verify/:token: confirms the address of a registration. */
export const cmsVerifyEmail = (token: string, options: CmsAuthOptions = {}): Promise<CmsAuthResult> =>
  call(`verify/${encodeURIComponent(token)}`, {}, options)
