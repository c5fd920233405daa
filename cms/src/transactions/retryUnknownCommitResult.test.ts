import { describe, expect, it } from 'vitest'

import { unknownCommitResultError, writeConflictError } from '../../test/helpers/mongoDriverErrors'
import { retryUnknownCommitResult } from './retryUnknownCommitResult'

/** The mongoose adapter's shape: it forgets the session, then commits it once. */
const fakeMongoAdapter = (outcomes: (Error | null)[]) => {
  const calls: string[] = []
  const session = {
    commitTransaction: async () => {
      calls.push('session.commitTransaction')
      const outcome = outcomes.shift()
      if (outcome) throw outcome
    },
    endSession: async () => void calls.push('session.endSession'),
  }
  const adapter = {
    sessions: { t1: session } as Record<string, typeof session | undefined>,
    commitTransaction: async function (
      this: { sessions: Record<string, typeof session | undefined> },
      id: unknown,
    ) {
      const found = this.sessions[String(await id)]
      if (!found) return
      delete this.sessions[String(await id)]
      await found.commitTransaction()
      await found.endSession()
    },
  }
  retryUnknownCommitResult(adapter as never, async () => {})
  return { adapter, calls }
}

describe('retryUnknownCommitResult', () => {
  it('commits the same session again while the result is unknown', async () => {
    const { adapter, calls } = fakeMongoAdapter([
      unknownCommitResultError(),
      unknownCommitResultError(),
      null,
    ])
    await adapter.commitTransaction('t1')
    expect(calls).toEqual([
      'session.commitTransaction',
      'session.commitTransaction',
      'session.commitTransaction',
      'session.endSession',
    ])
  })

  it('gives up after 4 commits in all, with the driver’s error', async () => {
    const { adapter, calls } = fakeMongoAdapter(Array.from({ length: 9 }, unknownCommitResultError))
    await expect(adapter.commitTransaction('t1')).rejects.toMatchObject({ codeName: 'NotWritablePrimary' })
    expect(calls.filter((call) => call === 'session.commitTransaction')).toHaveLength(4)
  })

  it('other commit errors are not retried', async () => {
    const { adapter, calls } = fakeMongoAdapter([writeConflictError()])
    await expect(adapter.commitTransaction('t1')).rejects.toMatchObject({ code: 112 })
    expect(calls).toEqual(['session.commitTransaction'])
  })
})
