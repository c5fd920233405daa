import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import { movePracticeCounter } from './movePracticeCounter'

// The SQLite path runs for real in cms/test/transactionRetries.test.ts; no MongoDB server exists
// here, so its path is checked on the call it makes to the mongoose model.
describe('movePracticeCounter on MongoDB', () => {
  it('is one $inc on the practice, with no session (outside any request transaction)', async () => {
    const calls: unknown[][] = []
    const db = {
      name: 'mongoose',
      collections: { practices: { updateOne: async (...args: unknown[]) => void calls.push(args) } },
    }
    const payload = { db } as unknown as Pick<Payload, 'db'>
    await movePracticeCounter({ by: 1, counter: 'likeCount', payload, practice: '665f1c2e9b1e8a0012345678' })
    await movePracticeCounter({
      by: -1,
      counter: 'commentCount',
      payload,
      practice: '665f1c2e9b1e8a0012345678',
    })
    expect(calls).toEqual([
      [{ _id: '665f1c2e9b1e8a0012345678' }, { $inc: { likeCount: 1 } }],
      [{ _id: '665f1c2e9b1e8a0012345678' }, { $inc: { commentCount: -1 } }],
    ])
  })
})
