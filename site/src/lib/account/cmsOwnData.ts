import { cmsUrl } from '../cmsUrl'
import { retryAfterSeconds } from './cmsAuth'

export type EraseResult =
  | { kind: 'erased' }
  | { kind: 'passwordMissing' }
  | { kind: 'wrongPassword' }
  | { kind: 'rateLimited'; retryAfterSeconds: number }
  | { kind: 'signedOut' }
  | { kind: 'unavailable' }

interface Options {
  env?: Record<string, string | undefined>
  fetchImpl?: typeof fetch
  clientAddress?: string
}

const headersFor = (token: string, clientAddress?: string) => ({
  Accept: 'application/json',
  Authorization: `JWT ${token}`,
  ...(clientAddress ? { 'X-Forwarded-For': clientAddress } : {}),
})

/** POST /api/users/me/erase with the person's password, on their session. */
export const cmsEraseOwnAccount = async (
  { token, password }: { token: string; password: string },
  { env = process.env, fetchImpl = fetch, clientAddress }: Options = {},
): Promise<EraseResult> => {
  if (!password) return { kind: 'passwordMissing' }
  let response: Response
  try {
    response = await fetchImpl(`${cmsUrl(env)}/api/users/me/erase`, {
      method: 'POST',
      headers: { ...headersFor(token, clientAddress), 'Content-Type': 'application/json' },
      body: JSON.stringify({ password }),
    })
  } catch {
    return { kind: 'unavailable' }
  }
  if (response.ok) return { kind: 'erased' }
  if (response.status === 400) return { kind: 'passwordMissing' }
  if (response.status === 401) return { kind: 'signedOut' }
  if (response.status === 403) return { kind: 'wrongPassword' }
  if (response.status === 429) {
    return { kind: 'rateLimited', retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) }
  }
  return { kind: 'unavailable' }
}

/**
 * GET /api/users/me/export on the person's session: the CMS's answer as the browser should get
 * it (a JSON download), or its status when it is not one.
 */
export const cmsExportOwnData = async (
  { token }: { token: string },
  { env = process.env, fetchImpl = fetch, clientAddress }: Options = {},
): Promise<Response | { status: number; retryAfterSeconds: number }> => {
  let response: Response
  try {
    response = await fetchImpl(`${cmsUrl(env)}/api/users/me/export`, {
      headers: headersFor(token, clientAddress),
    })
  } catch {
    return { status: 502, retryAfterSeconds: 0 }
  }
  if (!response.ok) {
    return {
      status: response.status,
      retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')),
    }
  }
  return new Response(await response.text(), {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition':
        response.headers.get('content-disposition') ?? 'attachment; filename="redcloud-my-data.json"',
      'Cache-Control': 'private, no-store',
    },
  })
}
