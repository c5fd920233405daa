import type { Locale } from '../locales'
import type { UnitEntry } from '../types'

import { geoFeature } from './geoFeature'

/**
 * Every unit as a GeoJSON FeatureCollection: name, level, parent, address, the unit's public
 * office contact and its page. Nothing about people: units are organisations.
 */
export const unitsGeoJson = ({
  units,
  activeServiceCounts,
  siteUrl,
  locale,
}: {
  units: UnitEntry[]
  /** Active confirmed services per unit id. */
  activeServiceCounts: Map<string, number>
  siteUrl: string
  locale: Locale
}) => {
  const codes = new Map(units.map((unit) => [unit.cmsId, unit.code]))
  return {
    type: 'FeatureCollection' as const,
    features: [...units]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((unit) =>
        geoFeature({
          id: unit.code,
          point: unit.location,
          properties: {
            code: unit.code,
            name: unit.name,
            level: unit.level,
            parent: unit.parentId ? (codes.get(unit.parentId) ?? null) : null,
            address: unit.address || null,
            email: unit.contact.email || null,
            phone: unit.contact.phone || null,
            website: unit.contact.website || null,
            activeServices: activeServiceCounts.get(unit.cmsId) ?? 0,
            url: unit.slug ? new URL(`/${locale}/units/${unit.slug}/`, siteUrl).href : null,
          },
        }),
      ),
  }
}
