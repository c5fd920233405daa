import { describe, expect, it } from 'vitest'

import type { WorkflowCaller } from '../types'
import { defaultActorRole } from './defaultActorRole'

const levels = ['branch', 'headquarters']
const nobody: WorkflowCaller = {
  isAuthor: false,
  canSubmit: false,
  validatorLevel: null,
  isInScope: false,
  canOverride: false,
  submittedRevision: false,
  decidedRevision: false,
}

describe('defaultActorRole', () => {
  it('the author’s own moves, a colleague allowed to submit, a validator’s decisions', () => {
    const author = { ...nobody, isAuthor: true, canSubmit: true }
    expect(defaultActorRole({ action: 'withdraw', caller: author, levels })).toBe('author')
    expect(defaultActorRole({ action: 'submit', caller: { ...nobody, canSubmit: true }, levels })).toBe(
      'submitter',
    )
    const branch = { ...nobody, validatorLevel: 'branch', isInScope: true }
    expect(defaultActorRole({ action: 'reject', caller: branch, levels })).toBe('validator')
  })

  it('an override, or an archive by someone who decides at no last step, is an overrider’s', () => {
    const overrider = { ...nobody, canOverride: true }
    expect(defaultActorRole({ action: 'override', caller: overrider, levels })).toBe('overrider')
    expect(defaultActorRole({ action: 'archive', caller: overrider, levels })).toBe('overrider')
  })
})
