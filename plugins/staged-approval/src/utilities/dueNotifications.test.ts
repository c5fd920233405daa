import { describe, expect, it } from 'vitest'

import { dueNotifications } from './dueNotifications'
import { levelSteps } from './stages'

const chain = levelSteps(['local', 'regional', 'national'])
const reminders = { remindAfterDays: 7, escalateAfterDays: 14, cron: '0 7 * * *' }
const DAY = 24 * 60 * 60 * 1000
const entered = new Date('2026-03-01T07:00:00Z')
const after = (days: number) => new Date(entered.getTime() + days * DAY)
const item = (workflow: Record<string, unknown>) => ({
  id: 1,
  updatedAt: entered.toISOString(),
  workflow: { stageEnteredAt: entered.toISOString(), revision: 3, ...workflow },
})

describe('what the daily run owes an item', () => {
  it('nothing outside review', () => {
    for (const stage of ['draft', 'published', 'changes_requested', 'archived']) {
      expect(dueNotifications({ doc: item({ stage }), chain, now: after(30), reminders })).toBeNull()
    }
  })

  it('a reminder after remindAfterDays, an escalation to the next level after escalateAfterDays', () => {
    const at = (days: number) =>
      dueNotifications({ doc: item({ stage: 'local_review' }), chain, now: after(days), reminders })
    expect(at(6)).toMatchObject({ remind: false, escalateTo: null, days: 6, revision: 3, level: 'local' })
    expect(at(7)).toMatchObject({ remind: true, escalateTo: null })
    expect(at(14)).toMatchObject({ remind: true, escalateTo: 'regional' })
  })

  it('each once per stage: dates stored before the item entered its stage belong to an earlier one', () => {
    const earlier = after(-3).toISOString()
    const since = after(8).toISOString()
    const owed = (workflow: Record<string, unknown>) =>
      dueNotifications({
        doc: item({ stage: 'regional_review', ...workflow }),
        chain,
        now: after(20),
        reminders,
      })
    expect(owed({ remindedAt: earlier, escalatedAt: earlier })).toMatchObject({
      remind: true,
      escalateTo: 'national',
    })
    expect(owed({ remindedAt: since, escalatedAt: since })).toMatchObject({ remind: false, escalateTo: null })
  })

  it('the last level has nobody to escalate to', () => {
    const due = dueNotifications({
      doc: item({ stage: 'national_review' }),
      chain,
      now: after(30),
      reminders,
    })
    expect(due).toMatchObject({ remind: true, escalateTo: null })
  })
})
