import type { Locale } from './locales'

import { isLocale, LOCALES } from './locales'

/** The first of the site's languages an Accept-Language header asks for, by weight; else the fallback. */
export const preferredLocale = (header: null | string | undefined, fallback: Locale): Locale => {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q ? Number(q.slice(2)) : 1
      return {
        language: tag.toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      }
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  const match = ranked.find((entry) => (LOCALES as readonly string[]).includes(entry.language))
  return match && isLocale(match.language) ? match.language : fallback
}
