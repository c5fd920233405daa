import type { APIRoute } from 'astro'

import { openData } from '../../data/openData'
import { openDataIndicatorsFor } from '../../data/openDataIndicatorsFor'
import { OPEN_DATA_LICENCE } from '../../lib/openDataRecords'

export const GET: APIRoute = async ({ site }) => {
  const practices = await openData(site)
  const indicators = await openDataIndicatorsFor()
  const body = {
    title: 'RedCloud: published best practices',
    licence: OPEN_DATA_LICENCE,
    source: site?.href ?? null,
    count: practices.length,
    indicators,
    practices,
  }
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
