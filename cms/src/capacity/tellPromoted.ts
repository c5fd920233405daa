import type { PayloadRequest } from 'payload'

import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import type { Locale } from '../contract/locales'
import { afterCommit } from '../transactions/afterCommit'
import type { Promotion } from './fillFreeSeats'

export type PromotionMessage = (locale: Locale) => Promise<{ subject: string; text: string }>

/**
 * Tells each person who moved up from a waitlist (`fillFreeSeats`, `releaseSeat`), in their
 * language, once the transaction that gave them the place has committed (a rolled-back or retried
 * attempt sends nothing). Erased and deactivated accounts are told nothing. The item's own module
 * writes the message (`message(locale)`, asked once per language).
 */
export const tellPromoted = async ({
  req,
  promoted,
  message,
}: {
  req: PayloadRequest
  promoted: Promotion[]
  message: PromotionMessage
}): Promise<void> => {
  const written = new Map<Locale, Awaited<ReturnType<PromotionMessage>>>()
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
    const { subject, text } = written.get(locale) ?? (await message(locale))
    written.set(locale, { subject, text })
    const to = person.email
    await afterCommit(req, async () => {
      await req.payload.sendEmail({ to, subject, text })
    })
  }
}
