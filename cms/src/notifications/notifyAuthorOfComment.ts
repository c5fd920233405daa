import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../contract/idOf'
import { settings } from '../settings'
import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import { afterCommit } from '../transactions/afterCommit'
import { sameId } from '../utilities/sameId'
import { notificationText } from './notificationText'
import { practiceTitleIn } from './practiceTitleIn'
import { wantsDigest } from './wantsDigest'

const EXCERPT = 300

/**
 * A new comment tells the practice's author (not when they wrote it themselves, not when their
 * account is gone): one e-mail once the comment is saved, or, for authors who chose the daily
 * digest, a mark on the comment that the daily run collects (`authorDigestPending`).
 */
export const notifyAuthorOfComment: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.state === 'hidden') return data
  const practiceId = idOf(data.practice)
  if (practiceId === null) return data
  const practice = await req.payload.findByID({
    collection: 'practices',
    id: practiceId,
    locale: 'all',
    depth: 0,
    req,
    disableErrors: true,
  })
  const authorId = idOf(practice?.author)
  if (!practice || authorId === null || sameId(authorId, data.author ?? req.user?.id)) return data
  const author = await req.payload.findByID({
    collection: 'users',
    id: authorId,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!author?.email || author.accountStatus === 'erased' || author.accountStatus === 'deactivated')
    return data
  if (wantsDigest(author)) return { ...data, authorDigestPending: true }
  const locale = preferredLocaleOf(author)
  const title = practiceTitleIn(practice as unknown as Record<string, unknown>, locale)
  const body = String(data.body ?? '')
  const vars = {
    title,
    name: String(data.authorName ?? ''),
    unit: String(data.authorUnitName ?? ''),
  }
  const subject = notificationText(locale, 'practiceSharing:commentSubject', vars)
  const text = [
    notificationText(locale, 'practiceSharing:commentBody', vars),
    '',
    body.length > EXCERPT ? `${body.slice(0, EXCERPT)}…` : body,
    '',
    `${settings.siteURL}/${locale}/practices/${String(practice.slug ?? '')}/`,
    '',
    notificationText(locale, 'practiceSharing:settingsHint'),
  ].join('\n')
  const to = author.email
  await afterCommit(req, async () => {
    await req.payload.sendEmail({ to, subject, text })
  })
  return data
}
