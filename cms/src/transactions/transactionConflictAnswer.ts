import type { AfterErrorHook } from 'payload'

import { isSqliteBusyError } from './isSqliteBusyError'
import { RETRY_AFTER_SECONDS, RETRYABLE_HEADER } from './retryPolicy'
import { TransactionQueueTimeout } from './TransactionQueueTimeout'
import { isTransientTransactionError, isUnknownCommitResult } from './transactionErrorLabels'

/**
 * A transaction that lost a conflict (TransientTransactionError) or whose commit could not be
 * confirmed (UnknownTransactionCommitResult) is not a bug: the caller gets 503 with
 * Retry-After and a message saying so, never a 500. SQLite's SQLITE_BUSY and SQLITE_LOCKED
 * (another process on the file held its lock past the busy timeout) are transient too. The
 * transient case is also marked for the API guard (withApiGuard), which runs the whole request
 * again while attempts remain; an unknown commit result is not, since the change may have been
 * saved. A transaction that waited too long for its turn in the process's queue is a 503 too,
 * not repeated at once.
 */
export const transactionConflictAnswer: AfterErrorHook = ({ error, req }) => {
  const transient = isTransientTransactionError(error) || isSqliteBusyError(error)
  const queued = error instanceof TransactionQueueTimeout
  if (!transient && !queued && !isUnknownCommitResult(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  if (transient) headers.set(RETRYABLE_HEADER, '1')
  req.responseHeaders = headers
  const message =
    transient || queued
      ? 'The database is busy with other changes to the same data: nothing was saved. Try again in a moment.'
      : 'The database could not confirm whether the change was saved. Reload to check before trying again.'
  return { response: { errors: [{ message }] }, status: 503 }
}
