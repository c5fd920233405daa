import type { Locale } from '../locales'
import type { ServiceEntry, UnitEntry } from '../types'

import { geoFeature } from './geoFeature'

/**
 * Every confirmed service as a GeoJSON FeatureCollection, one feature per service with its
 * texts in every language it has (never a fallback), placed at its own place or else at its
 * unit's office. Contacts are the unit's public ones; who proposed it is never here.
 */
export const servicesGeoJson = ({
  services,
  units,
  siteUrl,
  locale,
}: {
  /** Entries in every language. */
  services: ServiceEntry[]
  units: UnitEntry[]
  siteUrl: string
  locale: Locale
}) => {
  const unitsById = new Map(units.map((unit) => [unit.cmsId, unit]))
  const byId = new Map<string, ServiceEntry[]>()
  for (const service of services) byId.set(service.cmsId, [...(byId.get(service.cmsId) ?? []), service])
  const texts = (versions: ServiceEntry[], field: 'description' | 'name' | 'schedule') =>
    Object.fromEntries(versions.filter((v) => !v.isFallback && v[field]).map((v) => [v.locale, v[field]]))
  return {
    type: 'FeatureCollection' as const,
    features: [...byId.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([id, versions]) => {
        const service = versions[0] as ServiceEntry
        const unit = unitsById.get(service.unitId)
        return geoFeature({
          id,
          point: service.location ?? unit?.location ?? null,
          properties: {
            name: texts(versions, 'name'),
            description: texts(versions, 'description'),
            schedule: texts(versions, 'schedule'),
            status: service.status,
            themes: service.themes,
            targetGroups: service.targetGroups,
            address: service.address || unit?.address || null,
            ownPlace: service.location !== null,
            email: service.contact.email || null,
            phone: service.contact.phone || null,
            unit: unit ? { code: unit.code, name: unit.name } : null,
            url: unit?.slug ? new URL(`/${locale}/units/${unit.slug}/#service-${id}`, siteUrl).href : null,
          },
        })
      }),
  }
}
