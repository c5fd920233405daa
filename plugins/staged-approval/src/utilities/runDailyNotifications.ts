import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { renderMessage } from '../translations/messages'
import type { SanitizedOptions, WorkflowDoc } from '../types'
import { WORKFLOW_CONTEXT } from './performTransition'
import { levelOfStage, reviewStage } from './stages'

const DAY = 24 * 60 * 60 * 1000

export type DailySummary = { reminders: number; escalations: number; digests: number }

/**
 * The daily run: reminders to the validators of items waiting `remindAfterDays`, escalation to
 * the next level up after `escalateAfterDays` (each once per stage), and one digest e-mail for
 * everyone who asked not to be e-mailed item by item.
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
  const summary: DailySummary = { reminders: 0, escalations: 0, digests: 0 }
  const notifications = options.notifications
  if (!notifications) return summary
  const req: PayloadRequest = await createLocalReq({ context: { [WORKFLOW_CONTEXT]: true } }, payload)
  const language = notifications.language ?? (() => 'en')
  const wantsNow = notifications.wantsImmediate ?? (() => true)
  const digests = new Map<string, { user: TypedUser; lines: string[] }>()

  const send = async (
    user: TypedUser,
    kind: 'escalation' | 'reminder',
    vars: { title: string; stage: string; days: number; link: string },
  ) => {
    const email = (user as { email?: string }).email
    if (!email) return
    const { subject, text } = renderMessage({
      kind,
      language: language(user),
      vars: { title: vars.title, stage: vars.stage, by: '', comment: String(vars.days), link: vars.link },
    })
    await payload
      .sendEmail({ to: email, subject, text })
      .catch((err: unknown) =>
        payload.logger.error({ err, msg: `staged-approval: could not e-mail ${email}` }),
      )
  }

  for (const { levels, slug: collection } of options.collections) {
    const titleField = payload.collections[collection]?.config.admin.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection,
      where: { 'workflow.stage': { in: levels.map(reviewStage) } },
      draft: true,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as WorkflowDoc[]) {
      const stage = doc.workflow?.stage as string
      const level = levelOfStage(stage, levels) as string
      const entered = new Date(String(doc.workflow?.stageEnteredAt ?? doc.updatedAt))
      const days = Math.floor((now.getTime() - entered.getTime()) / DAY)
      const title = String(doc[titleField] ?? doc.id)
      const link = notifications.link({ collection, doc, req })
      const validators = await notifications.validators({ doc, level, req })
      for (const validator of validators.filter((user) => !wantsNow(user))) {
        const entry = digests.get(String(validator.id)) ?? { user: validator, lines: [] }
        entry.lines.push(`- ${title} (${days}) ${link}`)
        digests.set(String(validator.id), entry)
      }
      const update: Record<string, string> = {}
      const since = (value: unknown) => (value ? new Date(String(value)) >= entered : false)
      if (days >= options.reminders.remindAfterDays && !since(doc.workflow?.remindedAt)) {
        for (const validator of validators.filter(wantsNow))
          await send(validator, 'reminder', { title, stage, days, link })
        summary.reminders++
        update.remindedAt = now.toISOString()
      }
      const nextLevel = levels[levels.indexOf(level) + 1]
      if (nextLevel && days >= options.reminders.escalateAfterDays && !since(doc.workflow?.escalatedAt)) {
        for (const above of await notifications.validators({ doc, level: nextLevel, req }))
          await send(above, 'escalation', { title, stage, days, link })
        summary.escalations++
        update.escalatedAt = now.toISOString()
      }
      if (Object.keys(update).length > 0) {
        const live = await payload.findByID({
          collection: collection as CollectionSlug,
          id: doc.id,
          depth: 0,
          draft: false,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
        await payload.update({
          collection,
          id: doc.id,
          data: { workflow: { ...doc.workflow, ...update } } as never,
          draft: (live as { _status?: string } | null)?._status === 'published',
          overrideAccess: true,
          depth: 0,
          req,
          context: { [WORKFLOW_CONTEXT]: true },
        })
      }
    }
  }

  for (const { user, lines } of digests.values()) {
    const email = (user as { email?: string }).email
    if (!email) continue
    const { subject, text } = renderMessage({
      kind: 'digest',
      language: language(user),
      vars: { title: lines.join('\n'), stage: '', by: '', comment: String(lines.length), link: '' },
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
