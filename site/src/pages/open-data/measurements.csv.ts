import type { APIRoute } from 'astro'

import { openData } from '../../data/openData'
import { measurementsCsv } from '../../lib/measurementsCsv'

/** One row per published measurement of a published practice. */
export const GET: APIRoute = async ({ site }) =>
  new Response(measurementsCsv(await openData(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })
