import type { Locale } from '../contract/locales'
import { relatedQuery } from '../contract/relatedQuery'
import { SIMILAR_QUERY_LIMITS } from '../contract/similarQueryLimits'
import { createBm25Ranking } from './createBm25Ranking'
import type { SimilarityDocument, SimilarPractice } from './SimilarityDocument'
import { normalizeForSimilarity, similarityTerms } from './similarityTerms'

/** The rarest words of a query are the ones that tell practices apart: a long query keeps these many. */
const MAX_QUERY_TERMS = 32

const textsOf = (texts: Partial<Record<Locale, string>>) => [
  ...new Set(Object.values(texts).filter((text): text is string => typeof text === 'string' && text !== '')),
]

/**
 * An in-memory BM25 index (MiniSearch's ranking, see createBm25Ranking) over the titles and
 * summaries of practices in all four languages at once, so a query in one language finds practices written in another through their
 * translations and the words the languages share. A query equal to a practice's title (in any
 * language, ignoring case and accents) ranks that practice first.
 */
export const createSimilarityIndex = (documents: SimilarityDocument[]) => {
  const byId = new Map(documents.map((doc) => [String(doc.id), doc]))
  const exactTitles = new Map<string, (number | string)[]>()
  for (const doc of documents) {
    for (const title of textsOf(doc.titles)) {
      const key = normalizeForSimilarity(title)
      if (key === '') continue
      const ids = exactTitles.get(key) ?? []
      if (!ids.some((id) => String(id) === String(doc.id))) ids.push(doc.id)
      exactTitles.set(key, ids)
    }
  }
  const indexed = documents.map((doc) => ({
    id: doc.id,
    title: textsOf(doc.titles).join('\n'),
    summary: textsOf(doc.summaries).join('\n'),
  }))
  const ranking = createBm25Ranking({
    documents: indexed,
    fields: ['title', 'summary'],
    boosts: { title: 3 },
    tokenize: similarityTerms,
  })
  // How many practices use each term: a query keeps its rarest terms (`MAX_QUERY_TERMS`).
  const documentFrequency = new Map<string, number>()
  for (const doc of indexed) {
    for (const term of new Set(similarityTerms(`${doc.title}\n${doc.summary}`))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
    }
  }
  const queryTerms = (q: string) =>
    [...new Set(similarityTerms(q))]
      .filter((term) => documentFrequency.has(term))
      .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)!)
      .slice(0, MAX_QUERY_TERMS)

  const titleIn = (doc: SimilarityDocument, locale: Locale) =>
    doc.titles[locale] ||
    (doc.originalLanguage ? doc.titles[doc.originalLanguage] : undefined) ||
    textsOf(doc.titles)[0] ||
    ''

  const search = ({
    exclude,
    limit = 5,
    locale,
    q,
  }: {
    exclude?: null | number | string
    limit?: number
    locale: Locale
    q: string
  }): SimilarPractice[] => {
    const skip = (id: number | string) =>
      exclude !== undefined && exclude !== null && String(id) === String(exclude)
    const exact = (exactTitles.get(normalizeForSimilarity(q)) ?? []).filter((id) => !skip(id))
    const terms = queryTerms(q)
    // Enough best matches to fill `limit` answers after the exact titles and the excluded one.
    const hits = terms.length === 0 ? [] : ranking.rank(terms, limit + exact.length + 1)
    const top = hits[0]?.score ?? 1
    const answers: SimilarPractice[] = []
    const seen = new Set<string>()
    const add = (id: number | string, score: number) => {
      const doc = byId.get(String(id))
      if (!doc || seen.has(String(id)) || skip(id) || answers.length >= limit) return
      seen.add(String(id))
      answers.push({ id: doc.id, title: titleIn(doc, locale), slug: doc.slug, unit: doc.unit, score })
    }
    for (const id of exact) add(id, 1)
    // Scores relative to the best match, 0..1, so that the site can show "how close" consistently.
    for (const hit of hits) add(indexed[hit.doc]!.id, Math.round((hit.score / top) * 1000) / 1000)
    return answers
  }

  /**
   * The practices related to one of the index's own (its "related practices" on the site): what
   * `search` answers to its title and summary in `locale` (else in its original language),
   * itself left out. Unknown ids get none.
   */
  const related = ({ id, limit = 5, locale }: { id: number | string; limit?: number; locale: Locale }) => {
    const doc = byId.get(String(id))
    if (!doc) return []
    const summary =
      doc.summaries[locale] ||
      (doc.originalLanguage ? doc.summaries[doc.originalLanguage] : undefined) ||
      textsOf(doc.summaries)[0] ||
      ''
    const q = relatedQuery(titleIn(doc, locale), summary)
    if (q.length < SIMILAR_QUERY_LIMITS.min) return []
    return search({ q, locale, limit, exclude: doc.id })
  }

  return { search, related, size: documents.length }
}

export type SimilarityIndex = ReturnType<typeof createSimilarityIndex>
