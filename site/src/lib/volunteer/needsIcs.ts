import type { NeedEntry } from './toNeedEntry'

import { icsCalendar } from '../icsCalendar'

/** A unit's upcoming shifts as an iCalendar feed: one event per shift, public facts only (no names). */
export const needsIcs = ({
  needs,
  site,
  locale,
  name,
  now = new Date(),
}: {
  needs: NeedEntry[]
  site: URL
  locale: string
  name: string
  now?: Date
}): string =>
  icsCalendar({
    name,
    product: 'Volunteer calendar',
    now,
    events: needs.flatMap((need) => {
      const url = new URL(`/${locale}/volunteer/${need.cmsId}/`, site).href
      return need.shifts.map((shift) => ({
        uid: `shift-${shift.cmsId}@${site.hostname}`,
        start: shift.start,
        end: shift.end,
        updated: need.updatedAt,
        summary: need.title,
        description: [need.description, url].filter(Boolean).join('\n\n'),
        location: need.address,
        url,
      }))
    }),
  })
