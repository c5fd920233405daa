import { createSimilarityIndex, type SimilarityIndex } from '@redcloud/cms/similarity/createSimilarityIndex'

import type { Locale } from '../locales'
import type { PracticeEntry } from '../types'

type SimilarityDocument = Parameters<typeof createSimilarityIndex>[0][number]

/**
 * The CMS's similarity index (`GET /api/practices/similar` answers from the same code) built from
 * the published practices the build already holds, every language's entry of each: a title or
 * summary counts in a language only where the practice is written in it (not a fallback).
 * One index per build instead of a request per practice and language.
 */
export const similarityIndexOfEntries = (entries: PracticeEntry[]): SimilarityIndex => {
  const documents = new Map<string, SimilarityDocument>()
  for (const entry of entries) {
    const doc = documents.get(entry.cmsId) ?? {
      id: entry.cmsId,
      slug: entry.slug,
      unit: entry.unit ? { id: entry.unit.id, name: entry.unit.name } : null,
      titles: {},
      summaries: {},
      originalLanguage: entry.originalLocale,
    }
    const locale: Locale = entry.locale
    if (!entry.isFallback) {
      doc.titles[locale] = entry.title
      if (!entry.untranslatedFields.includes('summary')) doc.summaries[locale] = entry.summary
    } else {
      doc.titles[entry.contentLocale] ??= entry.title
      doc.summaries[entry.contentLocale] ??= entry.summary
    }
    documents.set(entry.cmsId, doc)
  }
  return createSimilarityIndex([...documents.values()])
}
