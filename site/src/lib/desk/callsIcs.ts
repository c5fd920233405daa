import type { FundingCallEntry } from './deskEntries'

import { foldIcsLine } from './foldIcsLine'
import { icsText } from './icsText'

/** A UTC date-time as iCalendar writes it: 20270131T225900Z. */
const icsDate = (value: Date | string) =>
  new Date(value)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/**
 * The deadlines of open calls as an iCalendar file (RFC 5545): one VEVENT per call at its
 * deadline (a zero-length event, in UTC), with a UID that stays the same across builds and
 * languages (the call's CMS id and the site's host), CRLF line endings and folded lines.
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
}): string => {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//RedCloud//Development Desk//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(name)}`,
  ]
  for (const call of calls) {
    const url = new URL(`/${locale}/desk/calls/${call.slug}/`, site).href
    const description = [call.summary, `${call.funder}`, url].filter(Boolean).join('\n\n')
    lines.push(
      'BEGIN:VEVENT',
      `UID:funding-call-${call.cmsId}@${site.hostname}`,
      `DTSTAMP:${icsDate(now)}`,
      `LAST-MODIFIED:${icsDate(call.updatedAt || now)}`,
      `DTSTART:${icsDate(call.deadline)}`,
      `DTEND:${icsDate(call.deadline)}`,
      `SUMMARY:${icsText(call.title)}`,
      `DESCRIPTION:${icsText(description)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`
}
