import type { APIRoute } from 'astro'

import { getCollection } from 'astro:content'

import type { Locale } from '../../../../lib/locales'
import type { UnitEntry } from '../../../../lib/types'

import { needsFor } from '../../../../data/needsFor'
import { LOCALES } from '../../../../lib/locales'
import { translator } from '../../../../lib/translator'
import { needsIcs } from '../../../../lib/volunteer/needsIcs'

/** Every unit has its feed (empty while it needs nobody), so a subscribed address never breaks. */
export const getStaticPaths = async () => {
  const units = (await getCollection('units')).map((entry) => entry.data).filter((unit) => unit.slug)
  return LOCALES.flatMap((locale) =>
    units.map((unit) => ({ params: { locale, slug: unit.slug }, props: { unit } })),
  )
}

/** A unit's volunteer needs as an iCalendar feed: one event per upcoming shift. */
export const GET: APIRoute = async ({ params, props, site }) => {
  const locale = params.locale as Locale
  const { unit } = props as { unit: UnitEntry }
  const body = needsIcs({
    needs: (await needsFor(locale)).filter((need) => need.unitId === unit.cmsId),
    site: site ?? new URL('http://localhost:4321'),
    locale,
    name: translator(locale)('volunteer.calendarName', { unit: unit.name }),
  })
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
