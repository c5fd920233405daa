import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { RETRYABLE_HEADER } from './retryPolicy'
import { transactionConflictAnswer } from './transactionConflictAnswer'
import { TransactionQueueTimeout } from './TransactionQueueTimeout'

const answer = (error: Error) => {
  const req = { responseHeaders: undefined } as unknown as PayloadRequest
  const result = (transactionConflictAnswer as (args: unknown) => unknown)({ error, req }) as
    undefined | { status: number; response: { errors: { message: string }[] } }
  return { result, headers: req.responseHeaders as Headers | undefined }
}

describe('transactionConflictAnswer', () => {
  it('a wait past the queue’s limit is a 503 with Retry-After, not marked to run again at once', () => {
    const { result, headers } = answer(new TransactionQueueTimeout(30_000))
    expect(result?.status).toBe(503)
    expect(result?.response.errors[0]?.message).toMatch(/nothing was saved/)
    expect(headers?.get('Retry-After')).toBeTruthy()
    expect(headers?.get(RETRYABLE_HEADER)).toBeNull()
  })

  it('SQLITE_BUSY is a 503 marked to run again; any other error is left to Payload', () => {
    const busy = answer(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))
    expect(busy.result?.status).toBe(503)
    expect(busy.headers?.get(RETRYABLE_HEADER)).toBe('1')
    expect(answer(new Error('Waited 30000 ms for something else')).result).toBeUndefined()
  })
})
