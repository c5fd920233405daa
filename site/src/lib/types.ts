import type { IndicatorAggregation, IndicatorDirection, UnitLevel } from '@redcloud/cms/contract'

import type { Locale } from './locales'

/** A file a visitor can open: attachments, cover images, guide files. */
export interface PublicFile {
  url: string
  filename: string
  mimeType: string
  filesize: number | null
  alt: string
  width: number | null
  height: number | null
}

/** One measurement of a practice's indicator, confirmed by a validator (published). */
export interface MeasurementPoint {
  /** "YYYY-MM-DD" */
  date: string
  value: number
  /** The source note: where the figure comes from. */
  source: string
}

/** An indicator of a practice, picked from the library or custom, with its measurements. */
export interface PracticeIndicator {
  /** The row's stable key, which measurements refer to. */
  key: string
  /** The library indicator's slug; null for a custom indicator. */
  indicator: null | string
  custom: boolean
  name: string
  /** The library's definition; '' for custom indicators. */
  definition: string
  unit: string
  /** Null for custom indicators: the library says which way is better. */
  direction: IndicatorDirection | null
  /** The language name, definition and unit are written in. */
  contentLocale: Locale
  baseline: number | null
  baselineDate: string | null
  target: number | null
  targetDate: string | null
  /** Oldest first. */
  measurements: MeasurementPoint[]
}

/** A library indicator in one language (`indicators` collection). */
export interface IndicatorEntry {
  cmsId: string
  slug: string
  locale: Locale
  isFallback: boolean
  contentLocale: Locale
  name: string
  definition: string
  unit: string
  direction: IndicatorDirection
  aggregation: IndicatorAggregation
  /** Theme slugs. */
  themes: string[]
}

/** A practice as the site shows it in one language, built from what an anonymous caller may read. */
export interface PracticeEntry {
  cmsId: string
  slug: string
  locale: Locale
  /** The language the texts are in: the page's own, or the original when not translated. */
  contentLocale: Locale
  isFallback: boolean
  /** The language the practice was written in. */
  originalLocale: Locale
  /** Localized fields shown in the original language because this translation lacks them. */
  untranslatedFields: string[]
  /** Languages the practice has a translation in. */
  translations: Locale[]
  title: string
  summary: string
  descriptionHtml: string
  themes: string[]
  targetGroups: string[]
  objectives: string[]
  innovation: string
  technologies: string
  replicability: string
  qualityIndicators: PracticeIndicator[]
  costs: { amount: number | null; currency: string; period: string; notes: string }
  resources: { volunteers: number | null; staff: number | null; material: string }
  activity: { status: string; startDate: string; endDate: string }
  links: { label: string; url: string }[]
  coverImage: PublicFile | null
  attachments: PublicFile[]
  /** Present only when the contact person consented to publishing their details. */
  contact: { name: string; role: string; email: string; phone: string } | null
  unit: { id: string; name: string; slug: null | string; code: string; level: string } | null
  region: { id: string; name: string; code: string } | null
  likeCount: number
  commentCount: number
  /** Units replicating it: confirmed replications and published adaptations, a unit once (the CMS's exact counter). */
  replicationCount: number
  /** Those units' replications (a published adaptation is one too), by unit name. */
  replications: ReplicationEntry[]
  /** The published practice this one was adapted from ("Adapt for my unit"), by CMS id. */
  adaptedFrom: null | string
  /** Recognised by the national validator at publication (scores at or above the threshold). */
  recognised: boolean
  publishedAt: string
  createdAt: string
}

/** A unit's confirmed replication of a practice, in one language (its texts fall back to another). */
/** A replicating unit's confirmed figure for one of its origin practice's indicators. */
export interface ReplicationMeasurement extends MeasurementPoint {
  /** The origin practice's indicator row (PracticeIndicator.key). */
  key: string
}

export interface ReplicationEntry {
  cmsId: string
  unit: { id: string; name: string; code: string }
  region: { id: string; name: string; code: string } | null
  status: string
  startDate: string
  endDate: string
  adaptations: string
  results: string
  /** When the unit's validator confirmed it (an adaptation alone: when it was published). */
  confirmedAt: string
  /** The unit's own published practice adapted from this one, if any. */
  adaptation: { id: string; slug: string; title: string } | null
  /** Its figures for the origin's indicators, oldest first (public once both are confirmed). */
  measurements: ReplicationMeasurement[]
}

export interface UnitEntry {
  cmsId: string
  name: string
  /** Its public page, /<locale>/units/<slug>/ (null only before the CMS gave it one). */
  slug: null | string
  code: string
  level: UnitLevel
  parentId: null | string
  address: string
  location: GeoPoint | null
  /** The unit's public office contact (never a person's). */
  contact: { email: string; phone: string; website: string }
}

/** A point on the map: latitude and longitude in degrees (WGS 84). */
export interface GeoPoint {
  lat: number
  lng: number
}

/** A confirmed service of a unit (Carta dei Servizi) as the site shows it in one language. */
export interface ServiceEntry {
  cmsId: string
  locale: Locale
  contentLocale: Locale
  isFallback: boolean
  unitId: string
  name: string
  description: string
  schedule: string
  status: string
  themes: string[]
  targetGroups: string[]
  /** Only when the service takes place somewhere other than the unit's office. */
  address: string
  location: GeoPoint | null
  /** The unit's public contact for this service. */
  contact: { email: string; phone: string }
}

export interface ThemeEntry {
  cmsId: string
  slug: string
  locale: Locale
  isFallback: boolean
  contentLocale: Locale
  name: string
  icon: string
  colour: string
  description: string
}

export interface FaqEntry {
  cmsId: string
  locale: Locale
  isFallback: boolean
  contentLocale: Locale
  question: string
  answerHtml: string
  category: string
  order: number
}

export interface GuideEntry {
  cmsId: string
  slug: string
  locale: Locale
  isFallback: boolean
  contentLocale: Locale
  title: string
  summary: string
  bodyHtml: string
  files: PublicFile[]
  updatedAt: string
}
