import { describe, expect, it } from 'vitest'

import {
  duplicateKeyError,
  networkError,
  noSuchTransactionError,
  unknownCommitResultError,
  writeConflictError,
} from '../../test/helpers/mongoDriverErrors'
import { isTransientTransactionError, isUnknownCommitResult } from './transactionErrorLabels'

describe('transaction error labels (the MongoDB driver’s own error classes)', () => {
  it('WriteConflict and NoSuchTransaction are transient, also wrapped in a cause', () => {
    expect(isTransientTransactionError(writeConflictError())).toBe(true)
    expect(isTransientTransactionError(noSuchTransactionError())).toBe(true)
    expect(isTransientTransactionError(new Error('wrapped', { cause: writeConflictError() }))).toBe(true)
    expect(isUnknownCommitResult(writeConflictError())).toBe(false)
  })

  it('an unknown commit result is its own case, not transient', () => {
    expect(isUnknownCommitResult(unknownCommitResultError())).toBe(true)
    expect(isTransientTransactionError(unknownCommitResultError())).toBe(false)
  })

  it('duplicate keys, unlabelled network errors and plain errors are neither', () => {
    for (const error of [
      duplicateKeyError({ collection: 'likes', keyValue: { user: 'a', practice: 'b' } }),
      networkError(),
      new Error('boom'),
      { errorLabels: 'TransientTransactionError' },
      null,
    ]) {
      expect(isTransientTransactionError(error)).toBe(false)
      expect(isUnknownCommitResult(error)).toBe(false)
    }
    // labels as plain data (a serialised error) count too
    expect(isTransientTransactionError({ errorLabels: ['TransientTransactionError'] })).toBe(true)
  })
})
