import { SIMILAR_QUERY_LIMITS } from './similarQueryLimits'

/** The query for a practice's related ones: its title and summary, cut at a word within the limit. */
export const relatedQuery = (title: string, summary: string): string => {
  const text = `${title} ${summary}`.replace(/\s+/g, ' ').trim()
  if (text.length <= SIMILAR_QUERY_LIMITS.max) return text
  const cut = text.slice(0, SIMILAR_QUERY_LIMITS.max)
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), SIMILAR_QUERY_LIMITS.min)).trim()
}
