import { cmsUrl } from '../cmsUrl'
import { retryAfterSeconds } from '../account/cmsAuth'

export type PracticeActionResult =
  | { kind: 'adapted'; id: string }
  | { kind: 'sent'; to: 'author' | 'unit' }
  | { kind: 'invalid' }
  | { kind: 'notFound' }
  | { kind: 'rateLimited'; retryAfterSeconds: number }
  | { kind: 'signedOut' }
  | { kind: 'unavailable' }

interface Options {
  env?: Record<string, string | undefined>
  fetchImpl?: typeof fetch
  clientAddress?: string
}

/**
 * The site server's side of "Adapt for my unit" and "Write to the author": the CMS's
 * POST /api/practices/:id/adapt or /contact on the visitor's own session, its answer as a kind
 * the page shows. The id is passed through `encodeURIComponent`: the CMS decides what it is.
 */
export const cmsPracticeAction = async (
  {
    action,
    body,
    id,
    token,
  }: { action: 'adapt' | 'contact'; body: Record<string, unknown>; id: string; token: string },
  { env = process.env, fetchImpl = fetch, clientAddress }: Options = {},
): Promise<PracticeActionResult> => {
  let response: Response
  try {
    response = await fetchImpl(`${cmsUrl(env)}/api/practices/${encodeURIComponent(id)}/${action}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `JWT ${token}`,
        ...(clientAddress ? { 'X-Forwarded-For': clientAddress } : {}),
      },
      body: JSON.stringify(body),
    })
  } catch {
    return { kind: 'unavailable' }
  }
  if (response.status === 401) return { kind: 'signedOut' }
  if (response.status === 404) return { kind: 'notFound' }
  if (response.status === 400) return { kind: 'invalid' }
  if (response.status === 429) {
    return { kind: 'rateLimited', retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) }
  }
  if (!response.ok) return { kind: 'unavailable' }
  const answer = (await response.json().catch(() => null)) as { id?: unknown; to?: unknown } | null
  if (action === 'adapt') {
    return answer && (typeof answer.id === 'string' || typeof answer.id === 'number')
      ? { kind: 'adapted', id: String(answer.id) }
      : { kind: 'unavailable' }
  }
  return { kind: 'sent', to: answer?.to === 'unit' ? 'unit' : 'author' }
}
