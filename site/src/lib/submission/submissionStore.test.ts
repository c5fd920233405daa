import { describe, expect, it } from 'vitest'

import { ALLOWED_MIME_TYPES } from '@redcloud/cms/contract'
import { checkSubmissionUpload } from './checkSubmissionUpload'
import { createSubmissionDraftStore } from './createSubmissionDraftStore'
import { submissionFeedback } from './submissionFeedback'

const memoryStorage = () => {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe('createSubmissionDraftStore', () => {
  it('keeps one entry per account and practice, and clears it', () => {
    const storage = memoryStorage()
    const mine = createSubmissionDraftStore({ storage, userId: '8' })
    const theirs = createSubmissionDraftStore({ storage, userId: '9' })
    mine.save('new', { state: { title: 'A' }, step: 1, at: 5 })
    mine.save('42', { state: { title: 'B' }, step: 3, at: 6 })
    expect(mine.load('new')).toEqual({ state: { title: 'A' }, step: 1, at: 5 })
    expect(mine.load('42')?.state.title).toBe('B')
    expect(theirs.load('new')).toBeNull()
    mine.clear('new')
    expect(mine.load('new')).toBeNull()
    expect(mine.load('42')).not.toBeNull()
  })

  it('ignores broken entries and reports a full storage instead of throwing', () => {
    const storage = memoryStorage()
    const store = createSubmissionDraftStore({ storage, userId: '8' })
    storage.items.set('redcloud.submission.v1.8.1', '{not json')
    storage.items.set('redcloud.submission.v1.8.2', '{"state":null}')
    expect(store.load('1')).toBeNull()
    expect(store.load('2')).toBeNull()
    const full = createSubmissionDraftStore({
      storage: {
        ...storage,
        setItem: () => {
          throw new Error('QuotaExceededError')
        },
      },
      userId: '8',
    })
    expect(full.save('1', { state: {}, step: 0, at: 0 })).toBe(false)
  })
})

describe('checkSubmissionUpload', () => {
  const max = 10 * 1024 * 1024
  it('accepts what the CMS accepts, up to the limit', () => {
    expect(
      checkSubmissionUpload({
        file: { type: 'image/png', size: 100 },
        maxBytes: max,
        allowedTypes: ALLOWED_MIME_TYPES,
      }),
    ).toBeNull()
    expect(
      checkSubmissionUpload({
        file: { type: 'application/pdf', size: max },
        maxBytes: max,
        allowedTypes: ALLOWED_MIME_TYPES,
      }),
    ).toBeNull()
  })
  it('refuses other types, empty and oversize files, and documents as a cover', () => {
    expect(
      checkSubmissionUpload({
        file: { type: 'image/svg+xml', size: 10 },
        maxBytes: max,
        allowedTypes: ALLOWED_MIME_TYPES,
      }),
    ).toBe('type')
    expect(
      checkSubmissionUpload({
        file: { type: 'text/html', size: 10 },
        maxBytes: max,
        allowedTypes: ALLOWED_MIME_TYPES,
      }),
    ).toBe('type')
    expect(
      checkSubmissionUpload({
        file: { type: 'image/png', size: 0 },
        maxBytes: max,
        allowedTypes: ALLOWED_MIME_TYPES,
      }),
    ).toBe('empty')
    expect(
      checkSubmissionUpload({
        file: { type: 'image/png', size: max + 1 },
        maxBytes: max,
        allowedTypes: ALLOWED_MIME_TYPES,
      }),
    ).toBe('size')
    expect(
      checkSubmissionUpload({
        file: { type: 'application/pdf', size: 10 },
        maxBytes: max,
        allowedTypes: ALLOWED_MIME_TYPES,
        isImageOnly: true,
      }),
    ).toBe('type')
  })
})

describe('submissionFeedback', () => {
  const history = [
    { at: '1', action: 'submit', comment: 'please look' },
    { at: '2', action: 'request_changes', comment: 'Add indicators.', by: 'Local validator' },
    { at: '3', action: 'resubmit' },
    { at: '4', action: 'request_changes', comment: 'Add costs.', by: 'Regional validator' },
  ]
  it('shows the validators’ comments, newest first, when changes were requested or it was rejected', () => {
    expect(submissionFeedback({ history, stage: 'changes_requested' }).map((e) => e.comment)).toEqual([
      'Add costs.',
      'Add indicators.',
    ])
    expect(
      submissionFeedback({
        history: [...history, { action: 'reject', comment: 'Duplicate.' }],
        stage: 'rejected',
      })[0],
    ).toMatchObject({
      action: 'reject',
      comment: 'Duplicate.',
    })
  })
  it('shows nothing in other stages', () => {
    expect(submissionFeedback({ history, stage: 'local_review' })).toEqual([])
  })
})
