import type { FundingCall, Resource } from '@redcloud/cms/payload-types'

import type { FundingCallEntry, ResourceEntry } from '../lib/desk/deskEntries'
import type { Locale } from '../lib/locales'
import type { UnitEntry } from '../lib/types'

import { idOf } from '../lib/idOf'
import { localized } from '../lib/localized'
import { LOCALES } from '../lib/locales'
import { safeUrl } from '../lib/safeUrl'
import { toPublicFile } from '../lib/toPublicFile'

type ByLocale<T> = Map<string, Partial<Record<Locale, T>>>

const slugsOf = (values: unknown, themeSlugs: Map<string, string>) =>
  (Array.isArray(values) ? values : [])
    .map((value) => themeSlugs.get(idOf(value) ?? ''))
    .filter((slug) => slug !== undefined)

/** A link a visitor may follow: http(s) only (the CMS checks too; this is defence in depth). */
const webLink = (value: unknown) => {
  const url = safeUrl(value)
  return url && /^https?:/.test(url) ? url : null
}

/**
 * One entry per funding call and language, and per public resource and language (the anonymous
 * read the build makes never returns a members-only resource), with themes as slugs.
 */
export const deskEntries = ({
  callsById,
  resourcesById,
  themeSlugs,
  units,
  mediaBaseUrl,
  defaultLocale,
}: {
  callsById: ByLocale<FundingCall>
  resourcesById: ByLocale<Resource>
  themeSlugs: Map<string, string>
  units: Map<string, UnitEntry>
  mediaBaseUrl: string
  defaultLocale: Locale
}): { fundingCalls: FundingCallEntry[]; resources: ResourceEntry[] } => {
  const fundingCalls: FundingCallEntry[] = []
  const resources: ResourceEntry[] = []
  for (const locale of LOCALES) {
    for (const byLocale of callsById.values()) {
      const found = localized(byLocale, locale, (c: FundingCall) => !!c.title, defaultLocale)
      const slug = found?.doc.slug
      if (!found || !slug) continue
      const { doc, isFallback, contentLocale } = found
      // Untranslated texts fall back with the title, so they match the marked language.
      const own = byLocale[locale]
      fundingCalls.push({
        cmsId: String(doc.id),
        slug,
        locale,
        contentLocale,
        isFallback,
        title: doc.title,
        funder: doc.funder,
        summary: (isFallback ? doc.summary : own?.summary) ?? '',
        eligibility: (isFallback ? doc.eligibility : own?.eligibility) ?? '',
        scope: doc.scope ?? 'national',
        units: (doc.units ?? [])
          .map((unit) => units.get(idOf(unit) ?? '')?.name)
          .filter((name) => name !== undefined),
        amountMin: typeof doc.amountMin === 'number' ? doc.amountMin : null,
        amountMax: typeof doc.amountMax === 'number' ? doc.amountMax : null,
        currency: doc.currency ?? 'EUR',
        opensAt: doc.opensAt ?? null,
        deadline: doc.deadline,
        timeZone: doc.timeZone || 'Europe/Rome',
        link: webLink(doc.link),
        documents: (doc.documents ?? [])
          .map((value) => toPublicFile({ value, mediaBaseUrl }))
          .filter((file) => file !== null),
        themes: slugsOf(doc.themes, themeSlugs),
        status: doc.status === 'open' ? 'open' : 'closed',
        updatedAt: doc.updatedAt,
      })
    }
    for (const byLocale of resourcesById.values()) {
      const found = localized(byLocale, locale, (r: Resource) => !!r.title, defaultLocale)
      const slug = found?.doc.slug
      if (!found || !slug || found.doc.visibility !== 'public') continue
      const { doc, isFallback, contentLocale } = found
      const own = byLocale[locale]
      resources.push({
        cmsId: String(doc.id),
        slug,
        locale,
        contentLocale,
        isFallback,
        title: doc.title,
        description: (isFallback ? doc.description : own?.description) ?? '',
        type: doc.type,
        language: doc.language ?? 'other',
        themes: slugsOf(doc.themes, themeSlugs),
        file: toPublicFile({ value: doc.file, mediaBaseUrl }),
        link: webLink(doc.link),
        updatedAt: doc.updatedAt,
      })
    }
  }
  return { fundingCalls, resources }
}
