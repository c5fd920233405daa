import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError, headersWithCors } from 'payload'

import { CONTACT_MESSAGE_LIMITS } from '../../../contract/contactMessageLimits'
import { idOf } from '../../../contract/idOf'
import { LOCALES, type Locale } from '../../../contract/locales'
import { findUnsafeCharacter } from '../../../fields/findUnsafeCharacter'
import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { settings } from '../../../settings'
import { preferredLocaleOf } from '../../Users/preferredLocaleOf'
import { contactEmail } from '../contact/contactEmail'
import { contactRecipient } from '../contact/contactRecipient'
import { findPublishedPractice } from './findPublishedPractice'

const badRequest = (path: string, message: string) => new APIError(message, 400, [{ path, message }], true)

const titleIn = (title: unknown, locale: Locale, fallback: unknown): string => {
  if (title && typeof title === 'object') {
    const all = title as Record<string, unknown>
    const text = all[locale] ?? all[String(fallback)] ?? LOCALES.map((l) => all[l]).find(Boolean)
    return typeof text === 'string' ? text : ''
  }
  return ''
}

/**
 * POST /api/practices/:id/contact with `{ message, replyTo? }`: a signed-in member writes to the
 * author of a published practice through the platform. The message is relayed by e-mail (to the
 * unit's public contact when the author's account is gone); the recipient's address is never in
 * the answer; the sender's address is the e-mail's Reply-To only when `replyTo` is true.
 * 401 anonymous, 404 anything but a published practice, 400 naming `message`, 429 over
 * RATE_LIMIT_CONTACT (per sender).
 */
export const contactAuthor: Endpoint = {
  path: '/:id/contact',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) throw new APIError('Sign in to write to the author.', 401, undefined, true)
    await addDataAndFileToRequest(req).catch(() => undefined)
    const body = (req.data ?? {}) as { message?: unknown; replyTo?: unknown }
    if (typeof body.message !== 'string') throw badRequest('message', 'Write a message.')
    const message = body.message.trim()
    const { min, max } = CONTACT_MESSAGE_LIMITS
    if (message.length < min || message.length > max) {
      throw badRequest('message', `The message must be ${min} to ${max} characters long.`)
    }
    const unsafe = findUnsafeCharacter({ text: message, multiline: true, allowZeroWidth: true })
    if (unsafe) throw badRequest('message', `The message contains ${unsafe}.`)
    if (body.replyTo !== undefined && typeof body.replyTo !== 'boolean') {
      throw badRequest('replyTo', 'replyTo must be true or false.')
    }
    const practice = await findPublishedPractice({ id: req.routeParams?.id, locale: 'all', req })
    if (!practice) throw new APIError('Practice not found.', 404, undefined, true)
    // Counted once the message is acceptable: a typo costs nothing, a relayed message does.
    await enforceRateLimit({ account: user.id, limit: 'contact', req })
    const recipient = await contactRecipient({ practice, req })
    if (!recipient) {
      throw new APIError(
        'Nobody can receive messages about this practice at the moment.',
        409,
        undefined,
        true,
      )
    }
    const locale = preferredLocaleOf(recipient)
    const unitId = idOf(user.unit)
    const unit =
      unitId === null
        ? null
        : await req.payload.findByID({ collection: 'units', id: unitId, depth: 0, req, disableErrors: true })
    const replyTo = body.replyTo === true
    const { subject, text } = contactEmail({
      link: `${settings.siteURL}/${locale}/practices/${String(practice.slug ?? '')}/`,
      locale,
      message,
      replyTo,
      senderName: String((user as { displayName?: unknown }).displayName ?? ''),
      senderUnit: String(unit?.name ?? ''),
      title: titleIn(practice.title, locale, practice.originalLanguage),
      toUnit: recipient.kind === 'unit',
    })
    try {
      await req.payload.sendEmail({
        to: recipient.email,
        subject,
        text,
        ...(replyTo && user.email ? { replyTo: user.email } : {}),
      })
    } catch (err) {
      req.payload.logger.error({ err, msg: 'Could not relay a message to a practice author' })
      throw new APIError('The message could not be sent: please try again later.', 503, undefined, true)
    }
    return Response.json(
      { message: 'Your message has been sent.', to: recipient.kind },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
