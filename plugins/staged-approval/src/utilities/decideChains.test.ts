import { describe, expect, it } from 'vitest'

import { decide, type Caller } from './decide'
import { levelSteps, pipelineSteps, type ChainStep } from './stages'

const nobody: Caller = {
  isAuthor: false,
  canSubmit: false,
  validatorLevel: null,
  isInScope: true,
  canOverride: false,
  submittedRevision: false,
  decidedRevision: false,
  decidesAt: [],
}
const author: Caller = { ...nobody, isAuthor: true, canSubmit: true }
const decider = (...steps: string[]): Caller => ({
  ...nobody,
  validatorLevel: steps[0] ?? null,
  decidesAt: steps,
})

/** Walks an item through its chain: each step approved by whoever decides there. */
const walk = (chain: ChainStep[], start: string) => {
  const reached: string[] = []
  let stage = 'draft'
  let next = decide({ action: 'submit', stage, chain, start, returnTo: null, caller: author })
  while (next.ok) {
    stage = next.to
    reached.push(stage)
    const step = chain.find((s) => s.stage === stage)
    if (!step) break
    next = decide({ action: 'approve', stage, chain, start, returnTo: null, caller: decider(step.name) })
  }
  return reached
}

describe('one state machine for every shape of chain', () => {
  it('levels by a tree: review starts at the item’s level and climbs to publication', () => {
    const chain = levelSteps(['local', 'regional', 'national'])
    expect(walk(chain, 'local')).toEqual(['local_review', 'regional_review', 'national_review', 'published'])
    expect(walk(chain, 'regional')).toEqual(['regional_review', 'national_review', 'published'])
  })

  it('a pipeline of named steps, each decided by whoever holds its role, stages named after the steps', () => {
    const chain = pipelineSteps(['submitted', 'screening', 'incubation', 'pilot'])
    expect(walk(chain, 'submitted')).toEqual(['submitted', 'screening', 'incubation', 'pilot', 'published'])
    const args = { stage: 'screening', chain, start: 'submitted', returnTo: null }
    expect(decide({ ...args, action: 'approve', caller: decider('pilot') })).toMatchObject({
      ok: false,
      status: 403,
    })
    // Someone holding two steps' roles decides at both.
    expect(decide({ ...args, action: 'approve', caller: decider('pilot', 'screening') })).toMatchObject({
      ok: true,
      to: 'incubation',
    })
    expect(
      decide({ ...args, action: 'request_changes', caller: decider('screening'), comment: 'More data' }),
    ).toMatchObject({ ok: true, to: 'changes_requested', returnTo: 'screening' })
    expect(
      decide({
        ...args,
        stage: 'changes_requested',
        returnTo: 'screening',
        action: 'resubmit',
        caller: author,
      }),
    ).toMatchObject({ ok: true, to: 'screening' })
    expect(
      decide({ ...args, stage: 'published', action: 'archive', caller: decider('pilot'), comment: 'Ended' }),
    ).toMatchObject({ ok: true, to: 'archived' })
    expect(
      decide({ ...args, stage: 'published', action: 'archive', caller: decider('screening'), comment: 'x' }),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('one step: the one who confirms publishes; nobody else, and never the author', () => {
    const chain = pipelineSteps(['confirmation'])
    expect(walk(chain, 'confirmation')).toEqual(['confirmation', 'published'])
    const args = {
      action: 'approve' as const,
      stage: 'confirmation',
      chain,
      start: 'confirmation',
      returnTo: null,
    }
    expect(decide({ ...args, caller: nobody })).toMatchObject({ ok: false, status: 403 })
    expect(decide({ ...args, caller: { ...decider('confirmation'), isAuthor: true } })).toMatchObject({
      ok: false,
      status: 403,
    })
    expect(decide({ ...args, caller: { ...decider('confirmation'), decidesAt: [] } })).toMatchObject({
      ok: false,
      status: 403,
    })
  })

  it('an item whose start is no step of its chain cannot be submitted', () => {
    const chain = pipelineSteps(['confirmation'])
    expect(
      decide({ action: 'submit', stage: 'draft', chain, start: null, returnTo: null, caller: author }),
    ).toMatchObject({ ok: false, status: 400 })
  })
})
