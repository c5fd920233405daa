import type { SanitizedOptions, WorkflowDoc } from '../types'
import { stepOfStage, type ChainStep } from './stages'

const DAY = 24 * 60 * 60 * 1000

export type DueNotifications = {
  stage: string
  level: string
  revision: number
  /** Whole days the item has waited at its stage. */
  days: number
  /** Whether its validators are owed a reminder (none yet at this stage). */
  remind: boolean
  /** The level to escalate to, when an escalation is owed (none yet at this stage). */
  escalateTo: null | string
}

/**
 * What the daily run owes an item at `now`: a reminder after `remindAfterDays` and an
 * escalation to the next level after `escalateAfterDays`, each once per stage (a date stored
 * before the item entered its stage belongs to an earlier stage). Null: not under review.
 */
export const dueNotifications = ({
  doc,
  chain,
  now,
  reminders,
}: {
  doc: WorkflowDoc
  chain: ChainStep[]
  now: Date
  reminders: Pick<SanitizedOptions['reminders'], 'escalateAfterDays' | 'remindAfterDays'>
}): DueNotifications | null => {
  const stage = doc.workflow?.stage
  const level = stage ? stepOfStage(stage, chain) : null
  if (!stage || !level) return null
  const entered = new Date(String(doc.workflow?.stageEnteredAt ?? doc.updatedAt))
  const days = Math.floor((now.getTime() - entered.getTime()) / DAY)
  const sentThisStage = (value: unknown) => (value ? new Date(String(value)) >= entered : false)
  const nextLevel = chain[chain.findIndex(({ name }) => name === level) + 1]?.name ?? null
  return {
    stage,
    level,
    revision: doc.workflow?.revision ?? 0,
    days,
    remind: days >= reminders.remindAfterDays && !sentThisStage(doc.workflow?.remindedAt),
    escalateTo:
      nextLevel && days >= reminders.escalateAfterDays && !sentThisStage(doc.workflow?.escalatedAt)
        ? nextLevel
        : null,
  }
}
