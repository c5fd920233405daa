import type { Media, Practice } from '@redcloud/cms/payload-types'

import type { Locale } from './locales'
import type { IndicatorRow } from './practiceIndicators'
import type { IndicatorEntry, MeasurementPoint, PracticeEntry, PublicFile, UnitEntry } from './types'

import { idOf } from './idOf'
import { LOCALES } from './locales'
import { practiceIndicators } from './practiceIndicators'
import { richTextToHtml } from './richTextToHtml'
import { safeUrl } from './safeUrl'
import { toPublicFile } from './toPublicFile'

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const num = (value: unknown): null | number =>
  typeof value === 'number' && Number.isFinite(value) ? value : null
const hasRichText = (value: unknown) =>
  !!value &&
  typeof value === 'object' &&
  JSON.stringify(value).includes('"text":"') &&
  /"text":"[^"]*\S/.test(JSON.stringify(value))

/** Localized fields, each with how to tell whether a translation has it. */
const LOCALIZED: Record<string, (doc: Practice) => boolean> = {
  summary: (d) => !!text(d.summary),
  description: (d) => hasRichText(d.description),
  objectives: (d) => (d.objectives ?? []).some((o) => text(o.objective)),
  innovation: (d) => !!text(d.innovation),
  technologies: (d) => !!text(d.technologies),
  replicability: (d) => !!text(d.replicability),
  qualityIndicators: (d) => (d.qualityIndicators ?? []).some((q) => text(q.name)),
  costs: (d) => !!text(d.costs?.notes),
  resources: (d) => !!text(d.resources?.material),
}

export interface NormalizePracticeArgs {
  /** The same practice read in each language, with no fallback (missing translations are empty). */
  byLocale: Partial<Record<Locale, Practice>>
  locale: Locale
  defaultLocale: Locale
  units: Map<string, UnitEntry>
  /** The public media by id: uploads inside the description are rendered from these. */
  media?: Map<string, Media>
  mediaBaseUrl: string
  /** The indicator library in this language, by CMS id. */
  library?: Map<string, IndicatorEntry>
  /** This practice's published measurements, by indicator row key. */
  measurements?: Map<string, MeasurementPoint[]>
}

/**
 * One practice in one language. When the practice has no translation into that language its
 * original language is shown instead (`isFallback`), and single fields a translation lacks are
 * taken from the original too (`untranslatedFields`), so nothing published is ever missing.
 */
export const normalizePractice = ({
  byLocale,
  locale,
  defaultLocale,
  units,
  media,
  mediaBaseUrl,
  library = new Map(),
  measurements = new Map(),
}: NormalizePracticeArgs): null | PracticeEntry => {
  const translations = LOCALES.filter((l) => !!text(byLocale[l]?.title))
  const any = LOCALES.map((l) => byLocale[l]).find(Boolean)
  if (!any || !translations.length || !any.slug) return null
  const declared = any.originalLanguage ?? undefined
  const original: Locale =
    declared && translations.includes(declared)
      ? declared
      : translations.includes(defaultLocale)
        ? defaultLocale
        : (translations[0] as Locale)
  const isFallback = !translations.includes(locale)
  const contentLocale = isFallback ? original : locale
  const main = byLocale[contentLocale] as Practice
  const base = byLocale[original] as Practice
  const untranslatedFields = Object.entries(LOCALIZED)
    .filter(([, has]) => !has(main) && has(base))
    .map(([field]) => field)
  const from = (field: string): Practice => (untranslatedFields.includes(field) ? base : main)

  const unitId = idOf(any.unit)
  const unit = unitId ? units.get(unitId) : undefined
  const regionUnit =
    unit?.level === 'regional'
      ? unit
      : unit?.level === 'local' && unit.parentId
        ? units.get(unit.parentId)
        : undefined
  const consented = any.contact?.consent === true

  return {
    cmsId: String(any.id),
    slug: any.slug,
    locale,
    contentLocale,
    isFallback,
    originalLocale: original,
    untranslatedFields,
    translations,
    title: text(main.title),
    summary: text(from('summary').summary),
    descriptionHtml: richTextToHtml({ data: from('description').description, media, mediaBaseUrl }),
    themes: (any.themes ?? []).map((t) => (typeof t === 'object' ? (t.slug ?? '') : '')).filter(Boolean),
    targetGroups: [...(any.targetGroups ?? [])],
    objectives: (from('objectives').objectives ?? []).map((o) => text(o.objective)).filter(Boolean),
    innovation: text(from('innovation').innovation),
    technologies: text(from('technologies').technologies),
    replicability: text(from('replicability').replicability),
    qualityIndicators: practiceIndicators({
      rows: (any.qualityIndicators ?? []) as IndicatorRow[],
      named: (from('qualityIndicators').qualityIndicators ?? []) as IndicatorRow[],
      namedLocale: untranslatedFields.includes('qualityIndicators') ? original : contentLocale,
      library,
      measurements,
    }),
    costs: {
      amount: num(any.costs?.amount),
      currency: text(any.costs?.currency),
      period: text(any.costs?.period),
      notes: text(from('costs').costs?.notes),
    },
    resources: {
      volunteers: num(any.resources?.volunteers),
      staff: num(any.resources?.staff),
      material: text(from('resources').resources?.material),
    },
    activity: {
      status: text(any.activity?.status),
      startDate: text(any.activity?.startDate),
      endDate: text(any.activity?.endDate),
    },
    links: (main.links?.length ? main.links : (base.links ?? []))
      .map((l) => ({ label: text(l.label), url: safeUrl(l.url) ?? '' }))
      .filter((l) => l.url && /^https?:/.test(l.url)),
    coverImage: toPublicFile({ value: any.coverImage, mediaBaseUrl }),
    attachments: (any.attachments ?? [])
      .map((value) => toPublicFile({ value, mediaBaseUrl }))
      .filter((f): f is PublicFile => f !== null),
    contact:
      consented && any.contact
        ? {
            name: text(any.contact.name),
            role: text(any.contact.role),
            email: text(any.contact.email),
            phone: text(any.contact.phone),
          }
        : null,
    unit: unit
      ? { id: unit.cmsId, name: unit.name, slug: unit.slug, code: unit.code, level: unit.level }
      : null,
    region: regionUnit ? { id: regionUnit.cmsId, name: regionUnit.name, code: regionUnit.code } : null,
    likeCount: num(any.likeCount) ?? 0,
    commentCount: num(any.commentCount) ?? 0,
    replicationCount: num(any.replicationCount) ?? 0,
    replications: [],
    adaptedFrom: idOf(any.adaptedFrom),
    recognised: any.recognised === true,
    publishedAt: text(any.publishedAt) || text(any.updatedAt),
    createdAt: text(any.createdAt),
  }
}
