import type { FundingCallEntry } from './deskEntries'

import { icsCalendar } from '../icsCalendar'

/**
 * The deadlines of open calls as an iCalendar file (RFC 5545): one VEVENT per call at its
 * deadline (a zero-length event, in UTC), with a UID that stays the same across builds and
 * languages (the call's CMS id and the site's host).
 */
export const callsIcs = ({
  calls,
  site,
  locale,
  name,
  now = new Date(),
}: {
  calls: FundingCallEntry[]
  site: URL
  locale: string
  name: string
  now?: Date
}): string =>
  icsCalendar({
    name,
    product: 'Development Desk',
    now,
    events: calls.map((call) => {
      const url = new URL(`/${locale}/desk/calls/${call.slug}/`, site).href
      return {
        uid: `funding-call-${call.cmsId}@${site.hostname}`,
        start: call.deadline,
        end: call.deadline,
        updated: call.updatedAt,
        summary: call.title,
        description: [call.summary, `${call.funder}`, url].filter(Boolean).join('\n\n'),
        url,
        transparent: true,
      }
    }),
  })
