import type { Locale } from './locales'
import type { IndicatorEntry } from './types'

export interface OpenDataIndicator {
  slug: string
  name: Partial<Record<Locale, string>>
  definition: Partial<Record<Locale, string>>
  unit: Partial<Record<Locale, string>>
  direction: IndicatorEntry['direction']
  aggregation: IndicatorEntry['aggregation']
  themes: string[]
}

/**
 * The indicator library as open data: one record per indicator, texts in the languages they
 * were written in (never fallbacks), by slug.
 */
export const openDataIndicators = (entries: IndicatorEntry[]): OpenDataIndicator[] => {
  const bySlug = new Map<string, IndicatorEntry[]>()
  for (const entry of entries) bySlug.set(entry.slug, [...(bySlug.get(entry.slug) ?? []), entry])
  return [...bySlug.values()]
    .map((versions) => {
      const own = versions.filter((v) => !v.isFallback)
      const first = versions[0] as IndicatorEntry
      const texts = (pick: (v: IndicatorEntry) => string) =>
        Object.fromEntries(own.filter((v) => pick(v)).map((v) => [v.locale, pick(v)]))
      return {
        slug: first.slug,
        name: texts((v) => v.name),
        definition: texts((v) => v.definition),
        unit: texts((v) => v.unit),
        direction: first.direction,
        aggregation: first.aggregation,
        themes: first.themes,
      }
    })
    .sort((a, b) => a.slug.localeCompare(b.slug))
}
