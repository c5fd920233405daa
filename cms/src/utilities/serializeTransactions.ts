import type { BaseDatabaseAdapter } from 'payload'

import { TransactionQueueTimeout } from '../transactions/TransactionQueueTimeout'

type TransactionMethods = Pick<
  BaseDatabaseAdapter,
  'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'
>

/**
 * SQLite has one writer at a time, and libsql opens each transaction on a connection of its
 * own: two at once would wait on the busy timeout or fail with SQLITE_BUSY. Queueing
 * transactions inside the process makes them wait their turn (readers never wait in WAL mode). A transaction waiting longer than `timeoutMs` fails instead of hanging.
 */
export const serializeTransactions = (adapter: TransactionMethods, timeoutMs = 30_000): void => {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const releases = new Map<number | string, () => void>()
  let tail: Promise<void> = Promise.resolve()

  adapter.beginTransaction = async (options) => {
    let release: () => void = () => {}
    const mine = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => mine)
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      await Promise.race([
        previous,
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new TransactionQueueTimeout(timeoutMs)), timeoutMs)
        }),
      ])
    } catch (error) {
      // Our turn never came: let the queue move on once the previous one is done.
      void previous.then(release)
      throw error
    } finally {
      clearTimeout(timer)
    }
    try {
      const id = await begin(options)
      if (id === null) {
        release()
        return null
      }
      releases.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  type TransactionID = Parameters<BaseDatabaseAdapter['commitTransaction']>[0]
  const finish = (end: (id: TransactionID) => Promise<void>) => async (id: TransactionID) => {
    const key = await id
    try {
      await end(id)
    } finally {
      releases.get(key)?.()
      releases.delete(key)
    }
  }
  adapter.commitTransaction = finish(commit)
  adapter.rollbackTransaction = finish(rollback)
}
