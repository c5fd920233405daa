import type { APIRoute } from 'astro'

import type { Locale } from '../../../lib/locales'

import { fundingCallsFor } from '../../../data/fundingCallsFor'
import { callsIcs } from '../../../lib/desk/callsIcs'
import { openCalls } from '../../../lib/desk/openCalls'
import { localePaths } from '../../../lib/localePaths'
import { translator } from '../../../lib/translator'

export const getStaticPaths = localePaths

/** The deadlines of the open calls as an iCalendar feed (one event per call). */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const body = callsIcs({
    calls: openCalls(await fundingCallsFor(locale)).all,
    site: site ?? new URL('http://localhost:4321'),
    locale,
    name: translator(locale)('desk.calendarName'),
  })
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
