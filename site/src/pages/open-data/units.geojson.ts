import type { APIRoute } from 'astro'

import { mapData } from '../../data/mapData'
import { unitsGeoJson } from '../../lib/geojson/unitsGeoJson'
import { OPEN_DATA_LICENCE } from '../../lib/openDataRecords'
import { siteSettings } from '../../lib/settings/siteSettings'

export const GET: APIRoute = async ({ site }) => {
  const { defaultLocale } = await siteSettings()
  const { units, services } = await mapData(defaultLocale)
  const activeServiceCounts = new Map<string, number>()
  for (const service of services)
    if (service.status === 'active')
      activeServiceCounts.set(service.unitId, (activeServiceCounts.get(service.unitId) ?? 0) + 1)
  const body = {
    ...unitsGeoJson({
      units,
      activeServiceCounts,
      siteUrl: (site ?? new URL('http://localhost:4321')).href,
      locale: defaultLocale,
    }),
    name: 'RedCloud: units',
    licence: OPEN_DATA_LICENCE,
  }
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  })
}
