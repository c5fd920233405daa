import type { PayloadRequest, TypedUser } from 'payload'

import { renderEmail, type EmailKind } from '../translations/renderEmail'
import type { SanitizedCollectionOptions, SanitizedOptions, WorkflowDoc } from '../types'
import { stepOfStage } from './stages'

const DECISIONS = ['approve', 'request_changes', 'reject', 'archive', 'override']

/**
 * E-mails after a committed transition: the author hears every decision; the validators of
 * the stage an item reaches hear that it waits for them. Each in their own language. A failed
 * e-mail is logged, never undoes the transition.
 */
export const notifyTransition = async ({
  action,
  collection,
  comment,
  doc,
  options,
  req,
  to,
}: {
  action: string
  collection: SanitizedCollectionOptions
  comment: string
  doc: WorkflowDoc
  options: SanitizedOptions
  req: PayloadRequest
  to: string
}): Promise<void> => {
  const notifications = options.notifications
  if (!notifications) return
  const actor = req.user
  const titleField = req.payload.collections[collection.slug]?.config.admin.useAsTitle ?? 'id'
  const title = String(doc[titleField] ?? doc.id)
  const link = notifications.link({ collection: collection.slug, doc, req })
  const language = notifications.language ?? (() => 'en')
  const wantsNow = notifications.wantsImmediate ?? (() => true)

  const send = async (user: TypedUser, kind: EmailKind) => {
    const email = (user as { email?: string }).email
    if (!email || !wantsNow(user)) return
    const { subject, text } = renderEmail({
      collection: collection.slug,
      config: req.payload.config,
      kind,
      language: language(user),
      vars: { title, by: actor ? options.userName(actor) : '', stage: to, comment, link },
    })
    try {
      await req.payload.sendEmail({ to: email, subject, text })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `staged-approval: could not e-mail ${email}` })
    }
  }

  const author = DECISIONS.includes(action) ? await notifications.author({ doc, req }) : null
  if (author && String(author.id) !== String(actor?.id)) await send(author, 'decision')
  const level = stepOfStage(to, collection.steps)
  if (level) {
    const validators = await notifications.validators({ doc, level, req })
    for (const validator of validators) {
      if (String(validator.id) !== String(actor?.id) && String(validator.id) !== String(author?.id))
        await send(validator, 'review')
    }
  }
}
