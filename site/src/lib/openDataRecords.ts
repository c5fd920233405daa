import type { Locale } from './locales'
import type { MeasurementPoint, PracticeEntry } from './types'

export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
}

export interface OpenDataPractice {
  id: string
  slug: string
  url: string
  originalLanguage: Locale
  languages: Locale[]
  title: Partial<Record<Locale, string>>
  summary: Partial<Record<Locale, string>>
  themes: string[]
  targetGroups: string[]
  objectives: string[]
  /** A library pick names its indicator by slug (see `indicators` beside the practices); a custom one by its name. */
  qualityIndicators: {
    indicator: null | string
    custom: boolean
    name: string
    unit: string
    baseline: null | number
    baselineDate: null | string
    target: null | number
    targetDate: null | string
    measurements: MeasurementPoint[]
  }[]
  unit: { name: string; code: string } | null
  region: { name: string; code: string } | null
  activity: PracticeEntry['activity']
  costs: PracticeEntry['costs']
  resources: PracticeEntry['resources']
  links: PracticeEntry['links']
  contact: PracticeEntry['contact']
  likeCount: number
  commentCount: number
  /** Recognised by the national validator at publication. */
  recognised: boolean
  publishedAt: string
}

/**
 * Published practices as open data: one record per practice, texts in every language it was
 * written or translated in (never fallbacks), no personal data — the contact person only when
 * they consented, which the CMS already enforces and this repeats.
 */
export const openDataRecords = ({
  entries,
  siteUrl,
}: {
  entries: PracticeEntry[]
  siteUrl: string
}): OpenDataPractice[] => {
  const bySlug = new Map<string, PracticeEntry[]>()
  for (const entry of entries) bySlug.set(entry.slug, [...(bySlug.get(entry.slug) ?? []), entry])
  return [...bySlug.values()]
    .map((versions) => {
      const own = versions.filter((v) => !v.isFallback)
      const original =
        own.find((v) => v.locale === v.originalLocale) ?? own[0] ?? (versions[0] as PracticeEntry)
      return {
        id: original.cmsId,
        slug: original.slug,
        url: new URL(`/${original.originalLocale}/practices/${original.slug}/`, siteUrl).href,
        originalLanguage: original.originalLocale,
        languages: original.translations,
        title: Object.fromEntries(own.map((v) => [v.locale, v.title])),
        summary: Object.fromEntries(own.map((v) => [v.locale, v.summary])),
        themes: original.themes,
        targetGroups: original.targetGroups,
        objectives: original.objectives,
        qualityIndicators: original.qualityIndicators.map((q) => ({
          indicator: q.indicator,
          custom: q.custom,
          name: q.name,
          unit: q.unit,
          baseline: q.baseline,
          baselineDate: q.baselineDate,
          target: q.target,
          targetDate: q.targetDate,
          measurements: q.measurements.map(({ date, value, source }) => ({ date, value, source })),
        })),
        unit: original.unit ? { name: original.unit.name, code: original.unit.code } : null,
        region: original.region ? { name: original.region.name, code: original.region.code } : null,
        activity: original.activity,
        costs: original.costs,
        resources: original.resources,
        links: original.links,
        contact: original.contact,
        likeCount: original.likeCount,
        commentCount: original.commentCount,
        recognised: original.recognised,
        publishedAt: original.publishedAt,
      }
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug))
}
