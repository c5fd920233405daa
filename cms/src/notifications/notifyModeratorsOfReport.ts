import type { PayloadRequest } from 'payload'

import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import { settings } from '../settings'
import { afterCommit } from '../transactions/afterCommit'
import { moderators } from './moderators'
import { notificationText } from './notificationText'
import { wantsDigest } from './wantsDigest'

/**
 * A reported comment tells the moderators (content managers): an e-mail each once the report is
 * saved, except for those who chose the daily digest. Answers whether any of them waits for the
 * digest, so that the report marks the comment for it (`moderatorDigestPending`).
 */
export const notifyModeratorsOfReport = async ({
  commentId,
  reason,
  reportCount,
  req,
}: {
  commentId: number | string
  reason: null | string
  reportCount: number
  req: PayloadRequest
}): Promise<{ digestPending: boolean }> => {
  const everyone = await moderators({ payload: req.payload, req })
  const link = `${settings.serverURL}/admin/collections/comments/${commentId}`
  for (const moderator of everyone.filter((user) => !wantsDigest(user))) {
    const locale = preferredLocaleOf(moderator)
    const vars = { count: reportCount }
    const subject = notificationText(locale, 'practiceSharing:reportSubject', vars)
    const text = [
      notificationText(locale, 'practiceSharing:reportBody', vars),
      ...(reason ? ['', reason] : []),
      '',
      link,
    ].join('\n')
    const to = moderator.email
    await afterCommit(req, async () => {
      await req.payload.sendEmail({ to, subject, text })
    })
  }
  return { digestPending: everyone.some(wantsDigest) }
}
