import type { Locale } from '../../../contract/locales'
import { interpolate } from '../../../contract/interpolate'
import { translated } from '../../../i18n/translated'

/**
 * The relayed message, in the recipient's language: who wrote (name and unit, never their
 * address unless they asked for a reply), about which practice, their words as they wrote them
 * (plain text), and how to answer.
 */
export const contactEmail = ({
  link,
  locale,
  message,
  replyTo,
  senderName,
  senderUnit,
  title,
  toUnit,
}: {
  link: string
  locale: Locale
  message: string
  replyTo: boolean
  senderName: string
  senderUnit: string
  title: string
  toUnit: boolean
}): { subject: string; text: string } => {
  const t = (key: Parameters<typeof translated>[0], vars: Record<string, number | string> = {}) =>
    interpolate(translated(key)[locale], vars)
  const vars = { sender: senderName, unit: senderUnit, title }
  return {
    subject: t('practiceSharing:contactSubject', vars),
    text: [
      t('practiceSharing:contactIntro', vars),
      ...(toUnit ? [t('practiceSharing:contactToUnit')] : []),
      link,
      '',
      '----',
      message,
      '----',
      '',
      t(replyTo ? 'practiceSharing:contactReplyHint' : 'practiceSharing:contactNoReply', vars),
    ].join('\n'),
  }
}
