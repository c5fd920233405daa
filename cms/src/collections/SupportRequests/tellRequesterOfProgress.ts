import type { PayloadRequest } from 'payload'

import { idOf } from '../../contract/idOf'
import type { Locale } from '../../contract/locales'
import type { SupportProgress } from '../../contract/supportProgress'
import { supportProgressLabels } from '../../contract/supportProgressLabels'
import { notificationText } from '../../notifications/notificationText'
import { wantsDigest } from '../../notifications/wantsDigest'
import type { SupportRequest } from '../../payload-types'
import { settings } from '../../settings'
import { afterCommit } from '../../transactions/afterCommit'
import { preferredLocaleOf } from '../Users/preferredLocaleOf'

/**
 * The desk moved a request's progress: its requester hears it in their language, or in the
 * daily digest when they chose it (then `{ digest: true }`: the caller marks the request
 * `requesterDigestPending` in the same write); the unit's contact hears it in the default
 * language. Nobody twice, nothing to an erased or deactivated account. The e-mails leave once
 * the caller's transaction has committed (a run that lost a conflict sends nothing).
 */
export const tellRequesterOfProgress = async ({
  req,
  request,
  progress,
}: {
  req: PayloadRequest
  request: SupportRequest
  progress: SupportProgress
}): Promise<{ digest: boolean }> => {
  const recipients: { email: string; locale: Locale }[] = []
  const add = (email: unknown, locale: Locale) => {
    if (typeof email !== 'string' || !email.trim()) return
    if (recipients.some((r) => r.email.toLowerCase() === email.trim().toLowerCase())) return
    recipients.push({ email: email.trim(), locale })
  }
  let digest = false
  const authorId = idOf(request.author)
  const author =
    authorId === null
      ? null
      : await req.payload.findByID({
          collection: 'users',
          id: authorId,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
  if (author && author.accountStatus !== 'erased' && author.accountStatus !== 'deactivated') {
    if (wantsDigest(author)) digest = true
    else add(author.email, preferredLocaleOf(author))
  }
  const unitId = idOf(request.unit)
  const unit =
    unitId === null
      ? null
      : await req.payload.findByID({
          collection: 'units',
          id: unitId,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
  const contact = unit?.contact?.email
  if (!(digest && author && String(contact ?? '').toLowerCase() === author.email.toLowerCase()))
    add(contact, settings.defaultLocale)

  for (const { email, locale } of recipients) {
    const vars = {
      title: request.title,
      progress: supportProgressLabels[progress][locale],
      link: `${settings.siteURL}/${locale}/desk/support/`,
    }
    await afterCommit(req, async () => {
      await req.payload.sendEmail({
        to: email,
        subject: notificationText(locale, 'supportRequests:progressEmailSubject', vars),
        text: notificationText(locale, 'supportRequests:progressEmailBody', vars),
      })
    })
  }
  return { digest }
}
