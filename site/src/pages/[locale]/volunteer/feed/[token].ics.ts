import type { APIRoute } from 'astro'

import type { Locale } from '../../../../lib/locales'

import { cmsUrl } from '../../../../lib/cmsUrl'
import { LOCALES } from '../../../../lib/locales'
import { translator } from '../../../../lib/translator'
import { icsCalendar } from '../../../../lib/icsCalendar'

export const prerender = false

type Row = {
  shift: { id: number | string; start: string; end: string }
  need: { id: number | string; title: string; address: null | string }
  status: 'confirmed' | 'waitlisted'
  position: null | number
}

/**
 * A volunteer's private calendar: their shifts, behind the secret in the address (made and
 * revoked on "My shifts"). Never cached by shared caches, never indexed.
 */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = (LOCALES.find((l) => l === params.locale) ?? 'it') as Locale
  const token = String(params.token ?? '')
  const headers = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }
  if (!/^[\w-]{32}$/.test(token)) return new Response('Not found', { status: 404, headers })
  const response = await fetch(`${cmsUrl()}/api/shifts/feed/${token}?locale=${locale}`).catch(() => null)
  if (!response?.ok)
    return new Response('Not found', { status: response?.status === 404 ? 404 : 502, headers })
  const { docs } = (await response.json()) as { docs: Row[] }
  const t = translator(locale)
  const base = site ?? new URL('http://localhost:4321')
  const body = icsCalendar({
    name: t('volunteer.feedName'),
    product: 'Volunteer calendar',
    events: docs.map((row) => {
      const url = new URL(`/${locale}/volunteer/${row.need.id}/`, base).href
      const status =
        row.status === 'confirmed'
          ? t('volunteer.statusConfirmed')
          : t('volunteer.statusWaitlisted', { position: row.position ?? '?' })
      return {
        uid: `my-shift-${row.shift.id}@${base.hostname}`,
        start: row.shift.start,
        end: row.shift.end,
        summary: row.need.title,
        description: [status, url].join('\n\n'),
        location: row.need.address ?? '',
        url,
        transparent: row.status !== 'confirmed',
      }
    }),
  })
  return new Response(body, { headers: { ...headers, 'Content-Type': 'text/calendar; charset=utf-8' } })
}
