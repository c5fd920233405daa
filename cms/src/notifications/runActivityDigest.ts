import type { Payload } from 'payload'

import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import { idOf } from '../contract/idOf'
import type { Comment } from '../payload-types'
import { settings } from '../settings'
import { moderators } from './moderators'
import { notificationText } from './notificationText'
import { practiceTitleIn } from './practiceTitleIn'
import { wantsDigest } from './wantsDigest'

const pending = async (payload: Payload, flag: 'authorDigestPending' | 'moderatorDigestPending') =>
  (
    await payload.find({
      collection: 'comments',
      where: { [flag]: { equals: true } },
      depth: 0,
      limit: 0,
      pagination: false,
    })
  ).docs

const clear = async (
  payload: Payload,
  flag: 'authorDigestPending' | 'moderatorDigestPending',
  docs: Comment[],
) => {
  if (docs.length === 0) return
  await payload.update({
    collection: 'comments',
    where: { id: { in: docs.map((doc) => doc.id) } },
    data: { [flag]: false },
    depth: 0,
  })
}

/**
 * The daily e-mail about practices: to each author who chose the digest, the comments their
 * practices received since the last run; to each moderator who chose it, the comments reported.
 * A comment leaves the digest once it has been sent (its mark is cleared), so a run that fails
 * halfway sends the rest the next time.
 */
export const runActivityDigest = async ({
  payload,
}: {
  payload: Payload
}): Promise<{ authors: number; moderators: number }> => {
  const comments = await pending(payload, 'authorDigestPending')
  const byAuthor = new Map<string, Comment[]>()
  const practices = new Map<string, Record<string, unknown>>()
  for (const comment of comments) {
    const practiceId = idOf(comment.practice)
    if (practiceId === null) continue
    const key = String(practiceId)
    if (!practices.has(key)) {
      const practice = await payload.findByID({
        collection: 'practices',
        id: practiceId,
        locale: 'all',
        depth: 0,
        disableErrors: true,
      })
      practices.set(key, (practice ?? {}) as Record<string, unknown>)
    }
    const author = idOf(practices.get(key)?.author)
    if (author === null) continue
    byAuthor.set(String(author), [...(byAuthor.get(String(author)) ?? []), comment])
  }
  let authors = 0
  for (const [authorId, list] of byAuthor) {
    const author = await payload.findByID({
      collection: 'users',
      id: authorId,
      depth: 0,
      disableErrors: true,
    })
    if (author?.email && wantsDigest(author) && author.accountStatus === 'active') {
      const locale = preferredLocaleOf(author)
      const lines = list.map((comment) => {
        const practice = practices.get(String(idOf(comment.practice))) ?? {}
        const title = practiceTitleIn(practice, locale)
        const link = `${settings.siteURL}/${locale}/practices/${String(practice.slug ?? '')}/`
        return `- ${title}: ${comment.authorName ?? ''} (${comment.authorUnitName ?? ''}) ${link}`
      })
      await payload.sendEmail({
        to: author.email,
        subject: notificationText(locale, 'practiceSharing:digestSubject', { count: list.length }),
        text: [notificationText(locale, 'practiceSharing:digestIntro'), '', ...lines].join('\n'),
      })
      authors++
    }
    await clear(payload, 'authorDigestPending', list)
  }

  const reported = await pending(payload, 'moderatorDigestPending')
  let told = 0
  if (reported.length > 0) {
    for (const moderator of (await moderators({ payload })).filter(wantsDigest)) {
      const locale = preferredLocaleOf(moderator)
      const lines = reported.map(
        (comment) =>
          `- ${notificationText(locale, 'practiceSharing:reportSubject', { count: comment.reportCount ?? 1 })} ${settings.serverURL}/admin/collections/comments/${comment.id}`,
      )
      await payload.sendEmail({
        to: moderator.email,
        subject: notificationText(locale, 'practiceSharing:moderationDigestSubject', {
          count: reported.length,
        }),
        text: lines.join('\n'),
      })
      told++
    }
    await clear(payload, 'moderatorDigestPending', reported)
  }
  return { authors, moderators: told }
}
