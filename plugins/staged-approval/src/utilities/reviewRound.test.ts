import { describe, expect, it } from 'vitest'

import { reviewRound } from './reviewRound'
import { levelSteps } from './stages'

const chain = levelSteps(['local', 'regional', 'national'])
const event = (revision: number, action: string, from: string, to: string, user: unknown) => ({
  revision,
  action,
  from,
  to,
  user,
})

describe('SECURITY.md §12 whoever submitted a revision never decides on it: the review round', () => {
  it('names the submitter and the deciders since the item last entered review', () => {
    const events = [
      event(0, 'submit', 'draft', 'local_review', 7),
      event(1, 'request_changes', 'local_review', 'changes_requested', 8),
      event(2, 'resubmit', 'changes_requested', 'local_review', 9),
      event(3, 'approve', 'local_review', 'regional_review', '8'),
    ]
    expect(reviewRound({ events, chain })).toEqual({ submittedBy: '9', decidedBy: ['8'] })
  })

  it('knows nobody when the item never entered review through the history (seeded items)', () => {
    expect(reviewRound({ events: [], chain })).toEqual({ submittedBy: null, decidedBy: [] })
    expect(
      reviewRound({
        events: [event(0, 'request_changes', 'local_review', 'changes_requested', null)],
        chain,
      }),
    ).toEqual({ submittedBy: null, decidedBy: [] })
  })
})
