import { foldIcsLine } from './desk/foldIcsLine'
import { icsText } from './desk/icsText'

export interface IcsEvent {
  /** Stable across builds and languages: `<kind>-<cms id>@<host>`. */
  uid: string
  start: string
  end: string
  summary: string
  description: string
  url: string
  updated?: null | string
  location?: string
  /** A deadline blocks no time; a shift does. */
  transparent?: boolean
}

/** A UTC date-time as iCalendar writes it: 20270131T225900Z. */
const icsDate = (value: Date | string) =>
  new Date(value)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/**
 * An iCalendar file (RFC 5545): one VEVENT per event, in UTC, with CRLF line endings and folded
 * lines. The writer of every feed on the site (funding calls, volunteer needs, one's shifts).
 */
export const icsCalendar = ({
  name,
  product,
  events,
  now = new Date(),
}: {
  name: string
  product: string
  events: IcsEvent[]
  now?: Date
}): string => {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//RedCloud//${product}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(name)}`,
  ]
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsDate(now)}`,
      `LAST-MODIFIED:${icsDate(event.updated || now)}`,
      `DTSTART:${icsDate(event.start)}`,
      `DTEND:${icsDate(event.end)}`,
      `SUMMARY:${icsText(event.summary)}`,
      `DESCRIPTION:${icsText(event.description)}`,
      ...(event.location ? [`LOCATION:${icsText(event.location)}`] : []),
      `URL:${event.url}`,
      `TRANSP:${event.transparent ? 'TRANSPARENT' : 'OPAQUE'}`,
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`
}
