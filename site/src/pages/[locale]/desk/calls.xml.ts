import type { APIRoute } from 'astro'

import { formatDeadline } from '@redcloud/cms/contract'

import type { Locale } from '../../../lib/locales'

import { fundingCallsFor } from '../../../data/fundingCallsFor'
import { callsRss } from '../../../lib/desk/callsRss'
import { openCalls } from '../../../lib/desk/openCalls'
import { localePaths } from '../../../lib/localePaths'
import { translator } from '../../../lib/translator'

export const getStaticPaths = localePaths

/** The open calls in one language, as RSS 2.0. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const t = translator(locale)
  const xml = callsRss({
    calls: openCalls(await fundingCallsFor(locale)).all,
    site: site ?? new URL('http://localhost:4321'),
    locale,
    title: `RedCloud · ${t('desk.openCalls')}`,
    description: t('desk.intro'),
    deadlineText: (call) =>
      t('desk.deadlineText', {
        deadline: formatDeadline({ deadline: call.deadline, timeZone: call.timeZone, locale }),
      }),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
