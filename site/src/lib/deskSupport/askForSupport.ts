import { SUPPORT_REQUEST_LIMITS } from '@redcloud/cms/contract'

import { submissionCmsFetch } from '../submission/submissionCmsFetch'

export type AskResult =
  | { kind: 'submitted'; id: string }
  /** Created, but the CMS did not take it into review (it stays a draft the unit can submit later). */
  | { kind: 'draft'; id: string }
  | { kind: 'invalid'; field: string }
  | { kind: 'signedOut' }
  | { kind: 'rateLimited' }
  | { kind: 'unavailable' }

export interface SupportAsk {
  title: string
  type: string
  description: string
  urgency: string
}

const firstPath = (body: unknown): null | string => {
  const errors = (body as { errors?: { data?: { errors?: { path?: unknown }[] } }[] } | null)?.errors
  const path = errors?.[0]?.data?.errors?.[0]?.path
  return typeof path === 'string' ? path : null
}

/**
 * The site's form: POST /api/support-requests on the person's session (the CMS sets their unit
 * and themselves as author), then submits it to the regional endorsement. Bounded here as the
 * CMS bounds it, so an over-long text is a field error before any call.
 */
export const askForSupport = async ({
  token,
  locale,
  ask,
  fetchCms = submissionCmsFetch,
}: {
  token: string
  locale: string
  ask: SupportAsk
  fetchCms?: typeof submissionCmsFetch
}): Promise<AskResult> => {
  const title = ask.title.trim()
  const description = ask.description.trim()
  if (!title || title.length > SUPPORT_REQUEST_LIMITS.title) return { kind: 'invalid', field: 'title' }
  if (description.length > SUPPORT_REQUEST_LIMITS.description)
    return { kind: 'invalid', field: 'description' }
  const created = await fetchCms({
    path: 'support-requests?depth=0',
    token,
    method: 'POST',
    locale,
    body: { title, type: ask.type, urgency: ask.urgency, ...(description ? { description } : {}) },
  })
  if (created.status === 401 || created.status === 403) return { kind: 'signedOut' }
  if (created.status === 429) return { kind: 'rateLimited' }
  if (created.status === 400) return { kind: 'invalid', field: firstPath(created.body) ?? 'title' }
  const doc = (created.body as { doc?: { id?: unknown; workflow?: { revision?: number } } } | null)?.doc
  if (created.status !== 201 || doc?.id === undefined) return { kind: 'unavailable' }
  const id = String(doc.id)
  const submitted = await fetchCms({
    path: `support-requests/${encodeURIComponent(id)}/workflow`,
    token,
    method: 'POST',
    locale,
    body: { action: 'submit', revision: doc.workflow?.revision ?? 0 },
  })
  return submitted.status === 200 ? { kind: 'submitted', id } : { kind: 'draft', id }
}
