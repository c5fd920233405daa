import type { Locale } from '../contract/locales'

/** What the similarity index knows of a published practice: its public texts and where it lives. */
export type SimilarityDocument = {
  id: number | string
  slug: string
  unit: { id: number | string; name: string } | null
  titles: Partial<Record<Locale, string>>
  summaries: Partial<Record<Locale, string>>
  originalLanguage?: Locale
}

/** One answer of `GET /api/practices/similar`: best first, `score` only compares answers to one query. */
export type SimilarPractice = {
  id: number | string
  title: string
  slug: string
  unit: { id: number | string; name: string } | null
  score: number
}
