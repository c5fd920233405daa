import type { Service } from '@redcloud/cms/payload-types'

import type { Locale } from '../lib/locales'
import type { ServiceEntry } from '../lib/types'

import { idOf } from '../lib/idOf'
import { localized } from '../lib/localized'
import { LOCALES } from '../lib/locales'
import { toGeoPoint } from '../lib/toGeoPoint'

/** The fields of a service the site reads: what a visitor may see, never who proposed it. */
export const SERVICE_FIELDS = [
  'name',
  'description',
  'schedule',
  'status',
  'themes',
  'targetGroups',
  'address',
  'location',
  'contact',
  'unit',
]

/**
 * One entry per confirmed service and language (the language's own texts, or the first
 * language that has them), with themes as slugs and the unit by id.
 */
export const serviceEntries = ({
  servicesById,
  themeSlugs,
  defaultLocale,
}: {
  servicesById: Map<string, Partial<Record<Locale, Service>>>
  themeSlugs: Map<string, string>
  defaultLocale: Locale
}): ServiceEntry[] =>
  LOCALES.flatMap((locale) =>
    [...servicesById.values()].flatMap((byLocale): ServiceEntry[] => {
      const found = localized(byLocale, locale, (s: Service) => !!s.name, defaultLocale)
      const unitId = idOf(found?.doc.unit)
      if (!found || unitId === null) return []
      const { doc, isFallback, contentLocale } = found
      return [
        {
          cmsId: String(doc.id),
          locale,
          contentLocale,
          isFallback,
          unitId,
          name: doc.name,
          description: doc.description ?? '',
          schedule: doc.schedule ?? '',
          status: doc.status,
          themes: (doc.themes ?? []).map((t) => themeSlugs.get(idOf(t) ?? '')).filter((t) => t !== undefined),
          targetGroups: doc.targetGroups ?? [],
          address: doc.address ?? '',
          location: toGeoPoint(doc.location),
          contact: { email: doc.contact?.email ?? '', phone: doc.contact?.phone ?? '' },
        },
      ]
    }),
  )
