import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { renderEmail } from '../translations/renderEmail'
import type { SanitizedOptions, WorkflowDoc } from '../types'
import { claimNotifications } from './claimNotifications'
import { dueNotifications } from './dueNotifications'
import { WORKFLOW_CONTEXT } from './performTransition'

export type DailySummary = {
  reminders: number
  escalations: number
  digests: number
  /** Items that moved on (or could not be recorded) between the run's read and its write. */
  skipped: number
}

/**
 * The daily run: reminders to the validators of items waiting `remindAfterDays`, escalation to
 * the next level up after `escalateAfterDays` (each once per stage), and one digest e-mail for
 * everyone who asked not to be e-mailed item by item. A reminder or escalation is recorded on
 * the item first (`claimNotifications`: only those two dates, only if the item has not moved
 * on) and sent only once recorded, so it goes out once per stage even if two runs overlap.
 */
export const runDailyNotifications = async ({
  now = new Date(),
  options,
  payload,
}: {
  now?: Date
  options: SanitizedOptions
  payload: Payload
}): Promise<DailySummary> => {
  const summary: DailySummary = { reminders: 0, escalations: 0, digests: 0, skipped: 0 }
  const notifications = options.notifications
  if (!notifications) return summary
  // Reads only, outside any transaction: each write gets a transaction of its own.
  const req: PayloadRequest = await createLocalReq({ context: { [WORKFLOW_CONTEXT]: true } }, payload)
  const language = notifications.language ?? (() => 'en')
  const wantsNow = notifications.wantsImmediate ?? (() => true)
  const digests = new Map<string, { user: TypedUser; lines: string[] }>()

  const send = async (
    user: TypedUser,
    kind: 'escalation' | 'reminder',
    vars: { title: string; stage: string; days: number; link: string; collection: string },
  ) => {
    const email = (user as { email?: string }).email
    if (!email) return
    const { collection, ...fields } = vars
    const { subject, text } = renderEmail({
      collection,
      config: payload.config,
      kind,
      language: language(user),
      vars: fields,
    })
    await payload
      .sendEmail({ to: email, subject, text })
      .catch((err: unknown) =>
        payload.logger.error({ err, msg: `staged-approval: could not e-mail ${email}` }),
      )
  }

  for (const collection of options.collections) {
    const { slug, steps } = collection
    const titleField = payload.collections[slug]?.config.admin.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection: slug,
      where: { 'workflow.stage': { in: steps.map(({ stage }) => stage) } },
      draft: true,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as WorkflowDoc[]) {
      const due = dueNotifications({ doc, chain: steps, now, reminders: options.reminders })
      if (!due) continue
      const { days, level, stage } = due
      const title = String(doc[titleField] ?? doc.id)
      const link = notifications.link({ collection: slug, doc, req })
      const validators = await notifications.validators({ doc, level, req })
      for (const validator of validators.filter((user) => !wantsNow(user))) {
        const entry = digests.get(String(validator.id)) ?? { user: validator, lines: [] }
        entry.lines.push(`- ${title} (${days}) ${link}`)
        digests.set(String(validator.id), entry)
      }
      if (!due.remind && !due.escalateTo) continue
      const above = due.escalateTo ? await notifications.validators({ doc, level: due.escalateTo, req }) : []

      const claim = await claimNotifications({ collection, due, id: doc.id, now, options, payload }).catch(
        (err: unknown) => {
          payload.logger.error({
            err,
            msg: `staged-approval: could not record the reminder of ${slug} ${String(doc.id)}; the next run tries again`,
          })
          return null
        },
      )
      if (!claim) {
        summary.skipped++
        continue
      }
      if (claim.remind) {
        for (const validator of validators.filter(wantsNow))
          await send(validator, 'reminder', { title, stage, days, link, collection: slug })
        summary.reminders++
      }
      if (claim.escalateTo) {
        for (const user of above)
          await send(user, 'escalation', { title, stage, days, link, collection: slug })
        summary.escalations++
      }
    }
  }

  for (const { user, lines } of digests.values()) {
    const email = (user as { email?: string }).email
    if (!email) continue
    const { subject, text } = renderEmail({
      config: payload.config,
      kind: 'digest',
      language: language(user),
      vars: { list: lines.join('\n'), count: lines.length },
    })
    await payload
      .sendEmail({ to: email, subject, text })
      .catch((err: unknown) =>
        payload.logger.error({ err, msg: `staged-approval: could not e-mail ${email}` }),
      )
    summary.digests++
  }
  return summary
}
