import type { Payload } from 'payload'

import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import { idOf } from '../contract/idOf'
import { SUPPORT_PROGRESS, type SupportProgress } from '../contract/supportProgress'
import { supportProgressLabels } from '../contract/supportProgressLabels'
import type { SupportRequest } from '../payload-types'
import { settings } from '../settings'
import { notificationText } from './notificationText'
import { wantsDigest } from './wantsDigest'

/**
 * The daily e-mail to requesters who chose the digest: the support requests whose progress the
 * desk moved since the last run (marked `requesterDigestPending` by writeDeskWork), each with its
 * progress now. A request leaves the digest once sent (its mark is cleared straight on the row,
 * as it was set: a server mark, not an edit), and so does one whose requester can no longer
 * be told.
 */
export const runSupportProgressDigest = async ({
  payload,
}: {
  payload: Payload
}): Promise<{ requesters: number }> => {
  const { docs } = await payload.find({
    collection: 'support-requests',
    where: { requesterDigestPending: { equals: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byAuthor = new Map<string, SupportRequest[]>()
  for (const doc of docs) {
    const author = idOf(doc.author)
    if (author === null) continue
    byAuthor.set(String(author), [...(byAuthor.get(String(author)) ?? []), doc])
  }
  let requesters = 0
  for (const [authorId, requests] of byAuthor) {
    const author = await payload.findByID({
      collection: 'users',
      id: authorId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!author?.email || !wantsDigest(author) || author.accountStatus !== 'active') continue
    const locale = preferredLocaleOf(author)
    const lines = requests.map((request) => {
      const progress = SUPPORT_PROGRESS.find((value) => value === request.progress) as
        SupportProgress | undefined
      const vars = { title: request.title, progress: progress ? supportProgressLabels[progress][locale] : '' }
      return `- ${notificationText(locale, 'supportRequests:digestLine', vars)}`
    })
    await payload.sendEmail({
      to: author.email,
      subject: notificationText(locale, 'supportRequests:digestSubject', { count: requests.length }),
      text: [
        notificationText(locale, 'supportRequests:digestIntro'),
        '',
        ...lines,
        '',
        `${settings.siteURL}/${locale}/desk/support/`,
      ].join('\n'),
    })
    requesters++
  }
  for (const doc of docs)
    await payload.db.updateOne({
      collection: 'support-requests',
      id: doc.id,
      data: { requesterDigestPending: false },
      returning: false,
    })
  return { requesters }
}
