import type { PayloadRequest } from 'payload'

import type { Promotion } from '../../capacity/fillFreeSeats'
import { notificationText } from '../../notifications/notificationText'
import { settings } from '../../settings'
import { afterCommit } from '../../transactions/afterCommit'
import { preferredLocaleOf } from '../Users/preferredLocaleOf'
import { shiftTitleIn } from './shiftTitleIn'

/**
 * Tells each volunteer who moved up from the waitlist, in their language, once the transaction
 * that confirmed them has committed (a rolled-back or retried attempt sends nothing).
 */
export const tellPromotedVolunteers = async ({
  req,
  shift,
  promoted,
}: {
  req: PayloadRequest
  shift: number | string
  promoted: Promotion[]
}): Promise<void> => {
  if (promoted.length === 0) return
  const stored = await req.payload.findByID({
    collection: 'shifts',
    id: shift,
    depth: 0,
    req,
    overrideAccess: true,
  })
  for (const { user } of promoted) {
    const person = await req.payload.findByID({
      collection: 'users',
      id: user,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!person?.email || person.accountStatus === 'erased' || person.accountStatus === 'deactivated')
      continue
    const locale = preferredLocaleOf(person)
    const vars = { title: await shiftTitleIn({ req, shift: stored, locale }) }
    const subject = notificationText(locale, 'shifts:promotedSubject', vars)
    const text = [
      notificationText(locale, 'shifts:promotedBody', vars),
      '',
      `${settings.siteURL}/${locale}/account/shifts/`,
    ].join('\n')
    const to = person.email
    await afterCommit(req, async () => {
      await req.payload.sendEmail({ to, subject, text })
    })
  }
}
