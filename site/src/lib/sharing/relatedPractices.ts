import { SIMILAR_QUERY_LIMITS } from '@redcloud/cms/contract'

import { cmsUrl } from '../cmsUrl'
import { relatedQuery } from './relatedQuery'

export interface RelatedPractice {
  id: string
  title: string
  slug: string
  unitName: string
}

/**
 * The practices related to one, for its prerendered page: the CMS's similar-practices answer
 * (`GET /api/practices/similar`, the same index as the submission hint) to its title and
 * summary, itself left out. A build does not fail for them: none when the CMS cannot answer.
 */
export const relatedPractices = async (
  { id, locale, summary, title }: { id: string; locale: string; summary: string; title: string },
  {
    env = process.env,
    fetchImpl = fetch,
  }: { env?: Record<string, string | undefined>; fetchImpl?: typeof fetch } = {},
): Promise<RelatedPractice[]> => {
  const q = relatedQuery(title, summary)
  if (q.length < SIMILAR_QUERY_LIMITS.min) return []
  const params = new URLSearchParams({ q, locale, exclude: id })
  try {
    const response = await fetchImpl(`${cmsUrl(env)}/api/practices/similar?${params}`, {
      headers: { Accept: 'application/json' },
    })
    if (!response.ok) return []
    const body = (await response.json()) as {
      docs?: { id: unknown; title?: unknown; slug?: unknown; unit?: { name?: unknown } | null }[]
    }
    return (body.docs ?? [])
      .filter((doc) => typeof doc.slug === 'string' && doc.slug !== '' && String(doc.id) !== id)
      .map((doc) => ({
        id: String(doc.id),
        title: String(doc.title ?? ''),
        slug: String(doc.slug),
        unitName: String(doc.unit?.name ?? ''),
      }))
  } catch {
    return []
  }
}
