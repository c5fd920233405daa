import type { Locale } from './locales'
import type { MeasurementPoint, PracticeEntry, ReplicationEntry } from './types'

export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
}

/** A confirmed replication (or a published adaptation) as open data: no one's name, the unit's. */
export type OpenDataReplication = Omit<ReplicationEntry, 'cmsId' | 'unit' | 'region' | 'measurements'> & {
  /** The replication's id; null for a unit known only by its published adaptation (`adaptation`). */
  id: null | string
  unit: { name: string; code: string }
  region: { name: string; code: string } | null
  /** The replicating unit's confirmed figures for the origin's indicators, named as the origin's `qualityIndicators` name them. */
  measurements: (MeasurementPoint & {
    indicator: null | string
    custom: boolean
    name: string
    unit: string
  })[]
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
  /** Units replicating it: confirmed replications and published adaptations, a unit once. */
  replicationCount: number
  /** Those replications: unit, region, status, dates; their texts in the practice's original language where written, else another. */
  replications: OpenDataReplication[]
  /** The practice this one was adapted from ("Adapt for my unit"), by id; null when none. */
  adaptedFrom: null | string
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
        replicationCount: original.replicationCount,
        replications: original.replications.map(({ cmsId, unit, region, measurements, ...rest }) => ({
          id: cmsId || null,
          unit: { name: unit.name, code: unit.code },
          region: region ? { name: region.name, code: region.code } : null,
          ...rest,
          measurements: measurements.flatMap(({ key, ...point }) => {
            const row = original.qualityIndicators.find((q) => q.key === key)
            return row
              ? [{ indicator: row.indicator, custom: row.custom, name: row.name, unit: row.unit, ...point }]
              : []
          }),
        })),
        adaptedFrom: original.adaptedFrom,
        recognised: original.recognised,
        publishedAt: original.publishedAt,
      }
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug))
}
