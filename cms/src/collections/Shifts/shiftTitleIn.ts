import type { PayloadRequest } from 'payload'

import type { Locale } from '../../contract/locales'
import { formatShift } from '../../contract/formatShift'
import { idOf } from '../../contract/idOf'
import { practiceTitleIn } from '../../notifications/practiceTitleIn'
import { settings } from '../../settings'

/**
 * "<need title>, Sat 5 Dec, 08:00–12:00 (Europe/Rome)" in one language, for e-mails about a
 * shift: the times as the site shows them, on the clock of SHIFT_TIME_ZONE, named.
 */
export const shiftTitleIn = async ({
  req,
  shift,
  locale,
}: {
  req: PayloadRequest
  shift: { need: unknown; start: string; end: string }
  locale: Locale
}): Promise<string> => {
  const needId = idOf(shift.need)
  const need =
    needId === null
      ? null
      : await req.payload.findByID({
          collection: 'needs',
          id: needId,
          locale: 'all',
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
          select: { title: true },
        })
  const timeZone = settings.shiftTimeZone
  const when = formatShift({ start: shift.start, end: shift.end, locale, timeZone })
  const title = need ? practiceTitleIn(need as unknown as Record<string, unknown>, locale) : ''
  return `${title}, ${when} (${timeZone})`
}
