import { dueNotifications, type WorkflowDoc } from '@redcloud/plugin-staged-approval'

type Chain = Parameters<typeof dueNotifications>[0]['chain']

export type OverdueStage = { stage: string; count: number; oldestDays: number }

/**
 * The items that have waited at a review stage for at least `remindAfterDays` whole days (the
 * plugin's own reckoning of a wait, as its reminders count it), per stage of the chain, with the
 * longest wait; stages with none are left out.
 */
export const overdueByStage = ({
  items,
  chain,
  now,
  remindAfterDays,
}: {
  items: readonly WorkflowDoc[]
  chain: Chain
  now: Date
  remindAfterDays: number
}): OverdueStage[] => {
  const byStage = new Map<string, OverdueStage>()
  for (const doc of items) {
    const due = dueNotifications({
      doc,
      chain,
      now,
      reminders: { remindAfterDays, escalateAfterDays: Infinity },
    })
    if (!due || due.days < remindAfterDays) continue
    const entry = byStage.get(due.stage) ?? { stage: due.stage, count: 0, oldestDays: 0 }
    entry.count += 1
    entry.oldestDays = Math.max(entry.oldestDays, due.days)
    byStage.set(due.stage, entry)
  }
  return chain.flatMap(({ stage }) => byStage.get(stage) ?? [])
}
