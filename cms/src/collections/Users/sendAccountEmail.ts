import type { Payload } from 'payload'

import { translated } from '../../i18n/translated'
import { settings } from '../../settings'
import { preferredLocaleOf } from './preferredLocaleOf'

type Recipient = { email?: null | string; preferredLanguage?: unknown }

/**
 * The account e-mails RedCloud writes itself, in plain text and in the person's language:
 * `existing` to the owner of an address someone tried to register again, `approved` and
 * `rejected` with the unit's decision (and its comment). A failure is logged, never thrown: the
 * decision or the answer to the registration stands.
 */
export const sendAccountEmail = async ({
  comment,
  kind,
  payload,
  to,
}: {
  comment?: null | string
  kind: 'approved' | 'existing' | 'rejected'
  payload: Payload
  to: Recipient
}): Promise<void> => {
  if (!to.email) return
  const locale = preferredLocaleOf(to)
  const text = (key: Parameters<typeof translated>[0]) => translated(key)[locale]
  const login = `${settings.siteURL}/${locale}/account/login/`
  const forgot = `${settings.siteURL}/${locale}/account/forgot/`
  const note = comment?.trim() ? ['', text('users:decisionCommentIntro'), comment.trim()] : []
  const message =
    kind === 'existing'
      ? {
          subject: text('users:registerExistingSubject'),
          lines: [
            text('users:registerExistingBody'),
            '',
            text('users:signInLink'),
            login,
            '',
            text('users:forgotLink'),
            forgot,
          ],
        }
      : kind === 'approved'
        ? { subject: text('users:approvedSubject'), lines: [text('users:approvedBody'), login, ...note] }
        : { subject: text('users:rejectedSubject'), lines: [text('users:rejectedBody'), ...note] }
  try {
    await payload.sendEmail({ to: to.email, subject: message.subject, text: message.lines.join('\n') })
  } catch (err) {
    payload.logger.error({ err, msg: `Could not send the ${kind} account e-mail` })
  }
}
