import type {
  Faq,
  FundingCall,
  Guide,
  Media,
  Practice,
  Replication,
  Resource,
  Service,
  Theme,
  Unit,
} from '@redcloud/cms/payload-types'

import { PRACTICE_LOCALIZED_FIELDS } from '@redcloud/cms/contract'

import type {
  FaqEntry,
  GuideEntry,
  IndicatorEntry,
  PracticeEntry,
  ServiceEntry,
  ThemeEntry,
  UnitEntry,
} from '../lib/types'

import { cmsUrl } from '../lib/cmsUrl'
import { fetchAllPages } from '../lib/fetchAllPages'
import { LOCALES, type Locale } from '../lib/locales'
import { idOf } from '../lib/idOf'
import { normalizePractice } from '../lib/normalizePractice'
import { populatePractice } from '../lib/populatePractice'
import { replicationsByPractice } from '../lib/replicationsByPractice'
import { withAdaptations } from '../lib/replications/withAdaptations'
import { richTextToHtml } from '../lib/richTextToHtml'
import { richTextUploadIds } from '../lib/richTextUploadIds'
import { localized } from '../lib/localized'
import { fetchSiteSettings } from '../lib/settings/fetchSiteSettings'
import { toPublicFile } from '../lib/toPublicFile'
import { toUnitEntry } from '../lib/toUnitEntry'
import type { FundingCallEntry, ResourceEntry } from '../lib/desk/deskEntries'
import { deskEntries } from './deskEntries'
import { SERVICE_FIELDS, serviceEntries } from './serviceEntries'
import { fetchImpactData } from './fetchImpactData'
import { readPerLocale } from './readPerLocale'

export interface CmsData {
  units: UnitEntry[]
  themes: ThemeEntry[]
  practices: PracticeEntry[]
  faq: FaqEntry[]
  guides: GuideEntry[]
  /** Confirmed services (Carta dei Servizi), one entry per language. */
  services: ServiceEntry[]
  indicators: IndicatorEntry[]
  /** Development Desk: funding calls (open and closed) and public resources, per language. */
  fundingCalls: FundingCallEntry[]
  resources: ResourceEntry[]
}

const PRACTICE_FIELDS = [
  'title',
  'slug',
  'summary',
  'description',
  'themes',
  'targetGroups',
  'objectives',
  'innovation',
  'technologies',
  'replicability',
  'qualityIndicators',
  'costs',
  'resources',
  'activity',
  'links',
  'coverImage',
  'attachments',
  'contact',
  'unit',
  'originalLanguage',
  'likeCount',
  'commentCount',
  'replicationCount',
  'adaptedFrom',
  'recognised',
  'publishedAt',
  'updatedAt',
  'createdAt',
]

const selectQuery = (fields: string[]) => Object.fromEntries(fields.map((f) => [`select[${f}]`, 'true']))

/** The uploads with these ids, 100 per request (only those published practices use). */
const fetchMedia = async ({ baseUrl, ids }: { baseUrl: string; ids: string[] }): Promise<Media[]> => {
  const docs: Media[] = []
  for (let i = 0; i < ids.length; i += 100) {
    docs.push(
      ...(await fetchAllPages<Media>({
        baseUrl,
        collection: 'media',
        query: { depth: '0', 'where[id][in]': ids.slice(i, i + 100).join(',') },
      })),
    )
  }
  return docs
}

/** What a scoped read leaves out: no FAQ, guides, services or desk entries. */
const none = async <T>(): Promise<Map<string, Partial<Record<Locale, T>>>> => new Map()

/**
 * Everything the site shows, read from the CMS's REST API as an anonymous visitor (so only
 * published, public content), a page of documents per request. With `practiceIds`, only what
 * those practices' pages are made from, through the same code: those practices and the
 * practices adapted from them, their replications and measurements, the units, themes and
 * indicators (the site server renders a practice's pages with it, see pages/render).
 */
export const fetchCmsData = async (
  env: Record<string, string | undefined> = process.env,
  { practiceIds }: { practiceIds?: string[] } = {},
): Promise<CmsData> => {
  const baseUrl = cmsUrl(env)
  const mediaBaseUrl = (env.PUBLIC_CMS_URL ?? baseUrl).replace(/\/+$/, '')
  const ids = practiceIds?.join(',')
  /** Read in full, nothing in a scoped read. */
  const unlessScoped = <T extends { id: number | string }>(args: Parameters<typeof readPerLocale>[0]) =>
    ids === undefined ? readPerLocale<T>(args) : none<T>()

  const [
    { defaultLocale },
    unitDocs,
    themesById,
    practicesById,
    faqById,
    guidesById,
    servicesById,
    replicationsById,
    callsById,
    resourcesById,
  ] = await Promise.all([
    fetchSiteSettings({ env }),
    fetchAllPages<Unit>({
      baseUrl,
      collection: 'units',
      query: {
        depth: '0',
        ...selectQuery(['name', 'slug', 'code', 'level', 'parent', 'address', 'location', 'contact']),
      },
    }),
    readPerLocale<Theme>({ baseUrl, collection: 'themes', query: { depth: '0' } }),
    readPerLocale<Practice>({
      baseUrl,
      collection: 'practices',
      localizedFields: PRACTICE_LOCALIZED_FIELDS,
      query: {
        depth: '0',
        ...(ids === undefined
          ? { 'where[_status][equals]': 'published' }
          : {
              'where[and][0][_status][equals]': 'published',
              'where[and][1][or][0][id][in]': ids,
              'where[and][1][or][1][adaptedFrom][in]': ids,
            }),
        ...selectQuery(PRACTICE_FIELDS),
      },
    }),
    unlessScoped<Faq>({ baseUrl, collection: 'faq', query: { depth: '0' } }),
    unlessScoped<Guide>({ baseUrl, collection: 'guides', query: { depth: '1' } }),
    unlessScoped<Service>({
      baseUrl,
      collection: 'services',
      query: { depth: '0', 'where[_status][equals]': 'published', ...selectQuery(SERVICE_FIELDS) },
    }),
    // Anonymous: the confirmed replications of published practices only, never who declared them.
    readPerLocale<Replication>({
      baseUrl,
      collection: 'replications',
      query: {
        depth: '0',
        ...(ids === undefined ? {} : { 'where[practice][in]': ids }),
        ...selectQuery([
          'practice',
          'unit',
          'status',
          'startDate',
          'endDate',
          'adaptations',
          'results',
          'confirmedAt',
          'updatedAt',
        ]),
      },
    }),
    // Files populated (depth 1): an anonymous read populates only files in public use.
    unlessScoped<FundingCall>({ baseUrl, collection: 'funding-calls', query: { depth: '1' } }),
    // Anonymous: public resources only, whatever the query says.
    unlessScoped<Resource>({
      baseUrl,
      collection: 'resources',
      query: { depth: '1', 'where[visibility][equals]': 'public' },
    }),
  ])

  // Themes, units and uploads are read once and joined here rather than populated per document.
  const themeSlugs = new Map(
    [...themesById.entries()].flatMap(([id, byLocale]) => {
      const slug = LOCALES.map((l) => byLocale[l]?.slug).find(Boolean)
      return slug ? [[id, slug] as const] : []
    }),
  )
  // Uploads inside rich text too: the site renders them from these documents, never from the node.
  const mediaIds = new Set<null | string>([
    ...[...practicesById.values()].flatMap((byLocale) =>
      LOCALES.flatMap((l) => [
        ...[byLocale[l]?.coverImage, ...(byLocale[l]?.attachments ?? [])].map(idOf),
        ...richTextUploadIds(byLocale[l]?.description),
      ]),
    ),
    ...[...faqById.values()].flatMap((byLocale) =>
      LOCALES.flatMap((l) => richTextUploadIds(byLocale[l]?.answer)),
    ),
    ...[...guidesById.values()].flatMap((byLocale) =>
      LOCALES.flatMap((l) => richTextUploadIds(byLocale[l]?.body)),
    ),
  ])
  mediaIds.delete(null)
  const [mediaDocs, impact] = await Promise.all([
    fetchMedia({ baseUrl, ids: [...mediaIds] as string[] }),
    fetchImpactData({
      baseUrl,
      defaultLocale,
      themeSlugs,
      practiceIds: new Set(practicesById.keys()),
      onlyThesePractices: ids !== undefined,
    }),
  ])
  const media = new Map(mediaDocs.map((doc) => [String(doc.id), doc]))
  for (const byLocale of practicesById.values()) {
    for (const locale of LOCALES) {
      const practice = byLocale[locale]
      if (practice) byLocale[locale] = populatePractice({ practice, themeSlugs, media })
    }
  }

  const units = unitDocs.map(toUnitEntry)
  const unitsById = new Map(units.map((u) => [u.cmsId, u]))
  const themes: ThemeEntry[] = []
  const practices: PracticeEntry[] = []
  const faq: FaqEntry[] = []
  const guides: GuideEntry[] = []

  for (const locale of LOCALES) {
    const library = new Map(
      impact.indicators.filter((i) => i.locale === locale).map((i) => [i.cmsId, i] as const),
    )
    const replications = replicationsByPractice({
      byId: replicationsById,
      locale,
      units: unitsById,
      measurements: impact.replicationMeasurements,
    })
    for (const byLocale of themesById.values()) {
      const found = localized(byLocale, locale, (t) => !!t.name, defaultLocale)
      const slug = found?.doc.slug
      if (!found || !slug) continue
      const { doc, isFallback, contentLocale } = found
      themes.push({
        cmsId: String(doc.id),
        slug,
        locale,
        isFallback,
        contentLocale,
        name: doc.name,
        icon: doc.icon,
        colour: doc.colour,
        description: doc.description ?? '',
      })
    }
    const inLocale: PracticeEntry[] = []
    for (const [id, byLocale] of practicesById) {
      const entry = normalizePractice({
        byLocale,
        locale,
        defaultLocale,
        units: unitsById,
        media,
        mediaBaseUrl,
        library,
        measurements: impact.measurements.get(id),
      })
      if (entry) inLocale.push({ ...entry, replications: replications.get(entry.cmsId) ?? [] })
    }
    practices.push(...withAdaptations(inLocale))
    for (const byLocale of faqById.values()) {
      const found = localized(byLocale, locale, (f) => !!f.question, defaultLocale)
      if (!found) continue
      const { doc, isFallback, contentLocale } = found
      faq.push({
        cmsId: String(doc.id),
        locale,
        isFallback,
        contentLocale,
        question: doc.question,
        answerHtml: richTextToHtml({ data: doc.answer, media, mediaBaseUrl }),
        category: doc.category,
        order: doc.order ?? 0,
      })
    }
    for (const byLocale of guidesById.values()) {
      const found = localized(byLocale, locale, (g) => !!g.title, defaultLocale)
      const slug = found?.doc.slug
      if (!found || !slug) continue
      const { doc, isFallback, contentLocale } = found
      guides.push({
        cmsId: String(doc.id),
        slug,
        locale,
        isFallback,
        contentLocale,
        title: doc.title,
        summary: doc.summary ?? '',
        bodyHtml: richTextToHtml({ data: doc.body, media, mediaBaseUrl }),
        files: (doc.files ?? [])
          .map((value) => toPublicFile({ value, mediaBaseUrl }))
          .filter((f) => f !== null),
        updatedAt: doc.updatedAt,
      })
    }
  }
  const services = serviceEntries({ servicesById, themeSlugs, defaultLocale })
  const desk = deskEntries({
    callsById,
    resourcesById,
    themeSlugs,
    units: unitsById,
    mediaBaseUrl,
    defaultLocale,
  })
  return { units, themes, practices, faq, guides, indicators: impact.indicators, services, ...desk }
}
