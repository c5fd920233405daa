import { describe, expect, it } from 'vitest'

import type { WorkflowCaller } from '@redcloud/plugin-staged-approval'

import { workflowActorRole as defaultActorRole } from './workflowActorRole'

const levels = ['local', 'regional', 'national']
const nobody: WorkflowCaller = {
  isAuthor: false,
  canSubmit: false,
  validatorLevel: null,
  isInScope: false,
  canOverride: false,
  submittedRevision: false,
  decidedRevision: false,
}

describe('RedCloud’s roles in the workflow history', () => {
  it('the author’s own moves, or a colleague allowed to submit', () => {
    const author = { ...nobody, isAuthor: true, canSubmit: true }
    for (const action of ['submit', 'resubmit', 'withdraw'] as const) {
      expect(defaultActorRole({ action, caller: author, levels })).toBe('author')
    }
    expect(defaultActorRole({ action: 'submit', caller: { ...nobody, canSubmit: true }, levels })).toBe(
      'submitter',
    )
  })

  it('a validator’s decisions; an archive is a validator’s only at the last level', () => {
    const regional = { ...nobody, validatorLevel: 'regional', isInScope: true }
    for (const action of ['approve', 'request_changes', 'reject'] as const) {
      expect(defaultActorRole({ action, caller: regional, levels })).toBe('validator')
    }
    const national = { ...regional, validatorLevel: 'national' }
    expect(defaultActorRole({ action: 'archive', caller: national, levels })).toBe('validator')
    expect(defaultActorRole({ action: 'archive', caller: { ...regional, canOverride: true }, levels })).toBe(
      'admin',
    )
  })

  it('an override is an administrator’s', () => {
    expect(defaultActorRole({ action: 'override', caller: { ...nobody, canOverride: true }, levels })).toBe(
      'admin',
    )
  })
})
