import type { SimilarityIndex } from '@redcloud/cms/similarity/createSimilarityIndex'

import { SIMILAR_QUERY_LIMITS } from '@redcloud/cms/contract'

import { relatedQuery } from './relatedQuery'

export interface RelatedPractice {
  id: string
  title: string
  slug: string
  unitName: string
}

/**
 * The practices related to one, for its prerendered page: what `GET /api/practices/similar`
 * answers to its title and summary (the same index code, built once per build from the practices
 * the build holds — similarityIndexOfEntries), itself left out.
 */
export const relatedPractices = (
  { id, locale, summary, title }: { id: string; locale: string; summary: string; title: string },
  index: SimilarityIndex,
): RelatedPractice[] => {
  const q = relatedQuery(title, summary)
  if (q.length < SIMILAR_QUERY_LIMITS.min) return []
  return index
    .search({ q, locale: locale as 'it', limit: SIMILAR_QUERY_LIMITS.answers, exclude: id })
    .filter((doc) => doc.slug !== '' && String(doc.id) !== id)
    .map((doc) => ({ id: String(doc.id), title: doc.title, slug: doc.slug, unitName: doc.unit?.name ?? '' }))
}
