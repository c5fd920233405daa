import { describe, expect, it } from 'vitest'

import { type ACTIONS } from '../types'
import { decide, type Caller } from './decide'
import { levelSteps } from './stages'

const chain = levelSteps(['local', 'regional', 'national'])
const nobody: Caller = {
  isAuthor: false,
  canSubmit: false,
  validatorLevel: null,
  isInScope: false,
  canOverride: false,
  submittedRevision: false,
  decidedRevision: false,
  decidesAt: [],
}
const author: Caller = { ...nobody, isAuthor: true, canSubmit: true }
const validator = (level: string, inScope = true): Caller => ({
  ...nobody,
  validatorLevel: level,
  isInScope: inScope,
  decidesAt: inScope ? [level] : [],
})

const run = (
  action: (typeof ACTIONS)[number],
  stage: string,
  caller: Caller,
  extra: Partial<Parameters<typeof decide>[0]> = {},
) => decide({ action, stage, chain, start: 'local', returnTo: null, caller, comment: 'ok', ...extra })

describe('the staged-approval state machine', () => {
  it('review starts at the level of the item, and each approval climbs one level until publication', () => {
    expect(run('submit', 'draft', author)).toMatchObject({ ok: true, to: 'local_review' })
    expect(run('submit', 'draft', author, { start: 'regional' })).toMatchObject({
      ok: true,
      to: 'regional_review',
    })
    expect(run('approve', 'local_review', validator('local'))).toMatchObject({
      ok: true,
      to: 'regional_review',
    })
    expect(run('approve', 'regional_review', validator('regional'))).toMatchObject({
      ok: true,
      to: 'national_review',
    })
    expect(run('approve', 'national_review', validator('national'))).toMatchObject({
      ok: true,
      to: 'published',
    })
  })

  it('works with any number of levels', () => {
    const two = levelSteps(['branch', 'headquarters'])
    expect(
      decide({
        action: 'approve',
        stage: 'branch_review',
        chain: two,
        start: 'branch',
        returnTo: null,
        caller: validator('branch'),
      }),
    ).toMatchObject({ to: 'headquarters_review' })
    expect(
      decide({
        action: 'approve',
        stage: 'headquarters_review',
        chain: two,
        start: 'branch',
        returnTo: null,
        caller: validator('headquarters'),
      }),
    ).toMatchObject({ to: 'published' })
  })

  it('only the validator of the stage’s level, in scope, not the author, decides', () => {
    expect(run('approve', 'local_review', validator('regional'))).toMatchObject({ ok: false, status: 403 })
    expect(run('approve', 'local_review', validator('local', false))).toMatchObject({
      ok: false,
      status: 403,
    })
    expect(run('approve', 'local_review', { ...validator('local'), isAuthor: true })).toMatchObject({
      ok: false,
      status: 403,
    })
    expect(run('approve', 'local_review', author)).toMatchObject({ ok: false, status: 403 })
  })

  it('request_changes, reject, archive and override need a comment (400)', () => {
    for (const action of ['request_changes', 'reject'] as const) {
      expect(run(action, 'local_review', validator('local'), { comment: '  ' })).toMatchObject({
        ok: false,
        status: 400,
      })
    }
    expect(run('archive', 'published', validator('national'), { comment: '' })).toMatchObject({
      ok: false,
      status: 400,
    })
  })

  it('resubmit returns to the stage that asked for changes', () => {
    expect(run('request_changes', 'regional_review', validator('regional'))).toMatchObject({
      to: 'changes_requested',
      returnTo: 'regional_review',
    })
    expect(run('resubmit', 'changes_requested', author, { returnTo: 'regional_review' })).toMatchObject({
      ok: true,
      to: 'regional_review',
    })
  })

  it('withdraw and resubmit are the author’s alone, even for others who may submit', () => {
    const colleague: Caller = { ...nobody, canSubmit: true }
    expect(run('submit', 'draft', colleague)).toMatchObject({ ok: true })
    expect(run('withdraw', 'local_review', colleague)).toMatchObject({ ok: false, status: 403 })
    expect(run('resubmit', 'changes_requested', colleague)).toMatchObject({ ok: false, status: 403 })
  })

  it('SECURITY.md §12 whoever submitted the revision, or already decided on it, does not decide on it', () => {
    for (const action of ['approve', 'request_changes', 'reject'] as const) {
      const submitter = { ...validator('local'), canSubmit: true, submittedRevision: true }
      expect(run(action, 'local_review', submitter)).toMatchObject({ ok: false, status: 403 })
      const decided = { ...validator('regional'), decidedRevision: true }
      expect(run(action, 'regional_review', decided)).toMatchObject({ ok: false, status: 403 })
    }
    expect(run('approve', 'local_review', validator('local'))).toMatchObject({ ok: true })
  })

  it('an action that does not apply in the stage is a 400, whoever asks', () => {
    expect(run('approve', 'draft', validator('local'))).toMatchObject({ ok: false, status: 400 })
    expect(run('submit', 'local_review', author)).toMatchObject({ ok: false, status: 400 })
    expect(run('archive', 'draft', validator('national'))).toMatchObject({ ok: false, status: 400 })
    expect(run('resubmit', 'rejected', author)).toMatchObject({ ok: false, status: 400 })
  })

  it('override: administrators only, to a real stage', () => {
    expect(
      run('override', 'local_review', { ...nobody, canOverride: true }, { to: 'published' }),
    ).toMatchObject({ ok: true, to: 'published' })
    expect(
      run('override', 'local_review', { ...nobody, canOverride: true }, { to: 'nowhere' }),
    ).toMatchObject({ ok: false, status: 400 })
    expect(run('override', 'local_review', validator('national'), { to: 'published' })).toMatchObject({
      ok: false,
      status: 403,
    })
  })
})
