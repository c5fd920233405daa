import type { ReplicationStatus } from '@redcloud/cms/contract'

import { retryAfterSeconds } from '../account/cmsAuth'
import { cmsUrl } from '../cmsUrl'

export type DeclareResult =
  | { kind: 'declared'; id: string }
  /** The unit already declared it: the CMS's 409, naming the existing replication. */
  | { kind: 'duplicate' }
  /** The origin cannot be replicated by this unit (not published, or the unit's own). */
  | { kind: 'refused'; field: 'practice' | 'unit' }
  /** A field the person can correct. */
  | { kind: 'invalid'; field: string }
  | { kind: 'signedOut' }
  | { kind: 'rateLimited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

export interface Declaration {
  practice: number | string
  status: ReplicationStatus | string
  startDate?: string
  adaptations?: string
}

const firstPath = (body: unknown): null | string => {
  const errors = (body as { errors?: { data?: { errors?: { path?: unknown }[] } }[] } | null)?.errors
  const path = errors?.[0]?.data?.errors?.[0]?.path
  return typeof path === 'string' ? path : null
}

/**
 * POST /api/replications on the person's session, in the page's language: "we are replicating
 * this" for their own unit (the CMS sets the unit and author, submits it to the unit's
 * validators, and refuses a second one with 409).
 */
export const cmsDeclareReplication = async (
  { token, locale, declaration }: { token: string; locale: string; declaration: Declaration },
  {
    env = process.env,
    fetchImpl = fetch,
    clientAddress,
  }: { env?: Record<string, string | undefined>; fetchImpl?: typeof fetch; clientAddress?: string } = {},
): Promise<DeclareResult> => {
  const body: Record<string, unknown> = { practice: declaration.practice, status: declaration.status }
  if (declaration.startDate) body.startDate = declaration.startDate
  if (declaration.adaptations?.trim()) body.adaptations = declaration.adaptations.trim()
  let response: Response
  try {
    response = await fetchImpl(
      `${cmsUrl(env)}/api/replications?locale=${encodeURIComponent(locale)}&depth=0`,
      {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: `JWT ${token}`,
          ...(clientAddress ? { 'X-Forwarded-For': clientAddress } : {}),
        },
        body: JSON.stringify(body),
      },
    )
  } catch {
    return { kind: 'unavailable' }
  }
  const answer: unknown = await response.json().catch(() => null)
  if (response.status === 201) {
    const id = (answer as { doc?: { id?: unknown } } | null)?.doc?.id
    return { kind: 'declared', id: String(id) }
  }
  if (response.status === 409) return { kind: 'duplicate' }
  if (response.status === 401 || response.status === 403) return { kind: 'signedOut' }
  if (response.status === 429) {
    return { kind: 'rateLimited', retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) }
  }
  if (response.status === 400) {
    const field = firstPath(answer) ?? 'practice'
    return field === 'practice' || field === 'unit' ? { kind: 'refused', field } : { kind: 'invalid', field }
  }
  return { kind: 'unavailable' }
}
