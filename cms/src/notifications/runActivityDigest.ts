import type { Payload } from 'payload'

import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import { idOf } from '../contract/idOf'
import type { Comment, Replication } from '../payload-types'
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

type Id = number | string

/** Confirmed replications whose origin's author waits for the daily digest (tellOriginOfReplication). */
const pendingReplications = async (payload: Payload) =>
  (
    await payload.find({
      collection: 'replications',
      where: { authorDigestPending: { equals: true } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

/** Cleared straight on the rows, as they were marked: a server mark, not an edit. */
const clearReplications = async (payload: Payload, docs: Replication[]) => {
  for (const doc of docs)
    await payload.db.updateOne({
      collection: 'replications',
      id: doc.id,
      data: { authorDigestPending: false },
      returning: false,
    })
}

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
 * practices received and the replications of them confirmed since the last run; to each moderator who chose it, the comments reported.
 * A comment leaves the digest once it has been sent (its mark is cleared), so a run that fails
 * halfway sends the rest the next time.
 */
export const runActivityDigest = async ({
  payload,
}: {
  payload: Payload
}): Promise<{ authors: number; moderators: number }> => {
  const comments = await pending(payload, 'authorDigestPending')
  const replications = await pendingReplications(payload)
  const practices = new Map<string, Record<string, unknown>>()
  const practiceOf = async (value: unknown) => {
    const practiceId = idOf(value)
    if (practiceId === null) return null
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
    return practices.get(key)!
  }
  type Pending = { comments: Comment[]; replications: Replication[] }
  const byAuthor = new Map<string, Pending>()
  const entry = (author: Id) => {
    const key = String(author)
    if (!byAuthor.has(key)) byAuthor.set(key, { comments: [], replications: [] })
    return byAuthor.get(key)!
  }
  for (const comment of comments) {
    const author = idOf((await practiceOf(comment.practice))?.author)
    if (author !== null) entry(author).comments.push(comment)
  }
  for (const replication of replications) {
    const author = idOf((await practiceOf(replication.practice))?.author)
    if (author !== null) entry(author).replications.push(replication)
  }
  const unitNames = new Map<string, string>()
  const unitName = async (value: unknown) => {
    const id = idOf(value)
    if (id === null) return ''
    if (!unitNames.has(String(id))) {
      const unit = await payload.findByID({ collection: 'units', id, depth: 0, disableErrors: true })
      unitNames.set(String(id), unit?.name ?? '')
    }
    return unitNames.get(String(id))!
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
      const linkOf = (practice: Record<string, unknown>) =>
        `${settings.siteURL}/${locale}/practices/${String(practice.slug ?? '')}/`
      const lines = list.comments.map((comment) => {
        const practice = practices.get(String(idOf(comment.practice))) ?? {}
        const title = practiceTitleIn(practice, locale)
        return `- ${title}: ${comment.authorName ?? ''} (${comment.authorUnitName ?? ''}) ${linkOf(practice)}`
      })
      for (const replication of list.replications) {
        const practice = practices.get(String(idOf(replication.practice))) ?? {}
        const vars = { practice: practiceTitleIn(practice, locale), unit: await unitName(replication.unit) }
        lines.push(`- ${notificationText(locale, 'replications:digestLine', vars)} ${linkOf(practice)}`)
      }
      // Comments only: the comments' digest as before; with replications, news of both kinds.
      const [subject, intro] =
        list.replications.length > 0
          ? (['replications:digestSubject', 'replications:digestIntro'] as const)
          : (['practiceSharing:digestSubject', 'practiceSharing:digestIntro'] as const)
      await payload.sendEmail({
        to: author.email,
        subject: notificationText(locale, subject, { count: lines.length }),
        text: [notificationText(locale, intro), '', ...lines].join('\n'),
      })
      authors++
    }
    await clear(payload, 'authorDigestPending', list.comments)
    await clearReplications(payload, list.replications)
  }
  // A replication whose origin has no author any more leaves the digest too.
  const digested = new Set(
    [...byAuthor.values()].flatMap((list) => list.replications.map((r) => String(r.id))),
  )
  await clearReplications(
    payload,
    replications.filter((r) => !digested.has(String(r.id))),
  )

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
