import type { PayloadRequest } from 'payload'

import type { Locale } from '../../contract/locales'
import { idOf } from '../../contract/idOf'
import { practiceTitleIn } from '../../notifications/practiceTitleIn'

/** "<need title>, <start>" in one language, for e-mails about a shift. */
export const shiftTitleIn = async ({
  req,
  shift,
  locale,
}: {
  req: PayloadRequest
  shift: { need: unknown; start: string }
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
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  }).format(new Date(shift.start))
  const title = need ? practiceTitleIn(need as unknown as Record<string, unknown>, locale) : ''
  return `${title}, ${when}`
}
