import type { APIRoute } from 'astro'

import { mapData } from '../../data/mapData'
import { servicesGeoJson } from '../../lib/geojson/servicesGeoJson'
import { OPEN_DATA_LICENCE } from '../../lib/openDataRecords'
import { siteSettings } from '../../lib/settings/siteSettings'

export const GET: APIRoute = async ({ site }) => {
  const { defaultLocale } = await siteSettings()
  const { units, services } = await mapData()
  const body = {
    ...servicesGeoJson({
      services,
      units,
      siteUrl: (site ?? new URL('http://localhost:4321')).href,
      locale: defaultLocale,
    }),
    name: 'RedCloud: services (Carta dei Servizi)',
    licence: OPEN_DATA_LICENCE,
  }
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  })
}
