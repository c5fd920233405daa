import type { PayloadRequest } from 'payload'

import { idOf } from '../../contract/idOf'
import { interpolate } from '../../contract/interpolate'
import { LOCALES, type Locale } from '../../contract/locales'
import { replicationStatusLabels } from '../../contract/replicationStatusLabels'
import type { ReplicationStatus } from '../../contract/replicationStatuses'
import { translated } from '../../i18n/translated'
import { wantsDigest } from '../../notifications/wantsDigest'
import { settings } from '../../settings'
import { preferredLocaleOf } from '../Users/preferredLocaleOf'

type Recipient = { email: string; locale: Locale }

/**
 * Once a unit's validator has confirmed a replication: the origin practice's author and its
 * unit's contact hear which unit replicates it, each once, in their language (the author's
 * preferred one; the unit's contact the practice's original language). An erased author gets
 * nothing; an author who chose the daily digest (notificationMode 'daily') hears it there: the
 * replication is marked `authorDigestPending` for the daily run (runActivityDigest). A failure
 * is logged, never thrown: the confirmation stands.
 */
export const tellOriginOfReplication = async ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<void> => {
  const { payload } = req
  const replication = await payload.findByID({
    collection: 'replications',
    id,
    depth: 0,
    overrideAccess: true,
  })
  const practiceId = idOf(replication.practice)
  const unitId = idOf(replication.unit)
  if (practiceId === null || unitId === null) return
  const practice = await payload.findByID({
    collection: 'practices',
    id: practiceId,
    depth: 0,
    overrideAccess: true,
    locale: 'all',
  })
  const replicating = await payload.findByID({
    collection: 'units',
    id: unitId,
    depth: 0,
    overrideAccess: true,
  })
  const recipients: Recipient[] = []
  const add = (email: unknown, locale: Locale) => {
    if (typeof email !== 'string' || !email.trim()) return
    if (recipients.some((r) => r.email.toLowerCase() === email.trim().toLowerCase())) return
    recipients.push({ email: email.trim(), locale })
  }
  const authorId = idOf(practice.author)
  const author =
    authorId === null
      ? null
      : await payload.findByID({
          collection: 'users',
          id: authorId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
  if (author && author.accountStatus !== 'erased') {
    if (wantsDigest(author)) {
      // Straight to the row: a server mark, not an edit (no version, no hooks).
      await payload.db.updateOne({
        collection: 'replications',
        id,
        data: { authorDigestPending: true },
        returning: false,
      })
    } else add(author.email, preferredLocaleOf(author))
  }
  const originUnitId = idOf(practice.unit)
  const originUnit =
    originUnitId === null
      ? null
      : await payload.findByID({
          collection: 'units',
          id: originUnitId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
  const original = LOCALES.find((l) => l === practice.originalLanguage) ?? settings.defaultLocale
  add(originUnit?.contact?.email, original)

  const titles = practice.title as unknown as Partial<Record<Locale, string>> | string
  const slug = typeof practice.slug === 'string' ? practice.slug : String(practice.id)
  for (const { email, locale } of recipients) {
    const title = typeof titles === 'string' ? titles : (titles?.[locale] ?? titles?.[original] ?? '')
    const vars = {
      unit: replicating.name,
      practice: title,
      status:
        replicationStatusLabels[replication.status as ReplicationStatus]?.[locale] ?? replication.status,
      link: `${settings.siteURL}/${locale}/practices/${slug}/`,
    }
    try {
      await payload.sendEmail({
        to: email,
        subject: interpolate(translated('replications:originEmailSubject')[locale], vars),
        text: interpolate(translated('replications:originEmailBody')[locale], vars),
      })
    } catch (err) {
      payload.logger.error({ err, msg: `Could not tell ${email} of replication ${String(id)}` })
    }
  }
}
