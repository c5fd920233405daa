import type { PayloadRequest } from 'payload'

import type { Promotion } from '../../capacity/fillFreeSeats'
import { preferredLocaleOf } from '../Users/preferredLocaleOf'
import { notificationText } from '../../notifications/notificationText'
import { practiceTitleIn } from '../../notifications/practiceTitleIn'
import { settings } from '../../settings'
import { afterCommit } from '../../transactions/afterCommit'

/**
 * Tells each person who got a seat off the waitlist, in their language, once the transaction
 * that gave it has committed (a rolled-back or retried attempt sends nothing).
 */
export const tellPromoted = async ({
  req,
  training,
  promoted,
}: {
  req: PayloadRequest
  training: number | string
  promoted: Promotion[]
}): Promise<void> => {
  if (promoted.length === 0) return
  const stored = await req.payload.findByID({
    collection: 'trainings',
    id: training,
    locale: 'all',
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
    const vars = { title: practiceTitleIn(stored as unknown as Record<string, unknown>, locale) }
    const subject = notificationText(locale, 'trainings:promotedSubject', vars)
    const text = [
      notificationText(locale, 'trainings:promotedBody', vars),
      '',
      `${settings.siteURL}/${locale}/hub/trainings/${String(training)}/`,
    ].join('\n')
    const to = person.email
    await afterCommit(req, async () => {
      await req.payload.sendEmail({ to, subject, text })
    })
  }
}
