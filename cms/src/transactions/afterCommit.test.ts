import type { PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { afterCommit, installAfterCommit } from './afterCommit'

const fakeAdapter = (log: string[]) => {
  const adapter = {
    commitTransaction: async (id: unknown) => void log.push(`commit ${String(await id)}`),
    rollbackTransaction: async (id: unknown) => void log.push(`rollback ${String(await id)}`),
  }
  installAfterCommit(adapter as never)
  return adapter
}

const fakeRequest = (db: object, transactionID: unknown, log: string[]) =>
  ({
    transactionID,
    payload: { db, logger: { error: ({ msg }: { msg: string }) => log.push(`logged ${msg}`) } },
  }) as unknown as PayloadRequest

describe('afterCommit', () => {
  it('runs the tasks after the commit, in order, before the commit returns', async () => {
    const log: string[] = []
    const db = fakeAdapter(log)
    const req = fakeRequest(db, 't1', log)
    await afterCommit(req, async () => void log.push('first'))
    await afterCommit(req, async () => void log.push('second'))
    expect(log).toEqual([])
    await db.commitTransaction('t1')
    expect(log).toEqual(['commit t1', 'first', 'second'])
    await db.commitTransaction('t1')
    expect(log).toEqual(['commit t1', 'first', 'second', 'commit t1'])
  })

  it('a rollback or a failed commit drops them', async () => {
    const log: string[] = []
    const db = fakeAdapter(log)
    await afterCommit(fakeRequest(db, 'a', log), async () => void log.push('task a'))
    await db.rollbackTransaction('a')
    await db.commitTransaction('a')
    expect(log).toEqual(['rollback a', 'commit a'])

    const failing = {
      commitTransaction: async (_id: unknown) => {
        throw new Error('commit failed')
      },
      rollbackTransaction: async () => {},
    }
    installAfterCommit(failing as never)
    await afterCommit(fakeRequest(failing, 'b', log), async () => void log.push('task b'))
    await expect(failing.commitTransaction('b')).rejects.toThrow('commit failed')
    expect(log).not.toContain('task b')
  })

  it('runs at once without a transaction; a failing task is logged, never thrown', async () => {
    const log: string[] = []
    const db = fakeAdapter(log)
    await afterCommit(fakeRequest(db, undefined, log), async () => void log.push('now'))
    await afterCommit(fakeRequest(db, undefined, log), async () => {
      throw new Error('counter lost')
    })
    expect(log).toEqual(['now', 'logged A task after a database commit failed.'])
  })
})
