import { MAX_TRANSACTION_ATTEMPTS, retryDelayMs } from './retryPolicy'
import { isUnknownCommitResult } from './transactionErrorLabels'

type Session = { commitTransaction: () => Promise<unknown>; endSession: () => Promise<unknown> }
type MongoTransactions = {
  commitTransaction: (id: Promise<number | string> | number | string) => Promise<void>
  sessions: Record<number | string, Session | undefined>
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * MongoDB answers a commit it could not confirm with the UnknownTransactionCommitResult label;
 * the documented remedy is to commit again, which is idempotent. The adapter forgets the session
 * before committing, so a second `commitTransaction(id)` would silently do nothing: this keeps
 * the session and commits it again (MAX_TRANSACTION_ATTEMPTS in all), then lets the error through
 * (transactionConflictAnswer makes it a 503; the request is not repeated, the change may be saved).
 */
export const retryUnknownCommitResult = (adapter: MongoTransactions, sleep = wait): void => {
  const commit = adapter.commitTransaction.bind(adapter)
  adapter.commitTransaction = async (incoming) => {
    const id = await incoming
    const session = adapter.sessions[id]
    try {
      await commit(id)
    } catch (first) {
      if (!session || !isUnknownCommitResult(first)) throw first
      let error: unknown = first
      for (let attempt = 2; attempt <= MAX_TRANSACTION_ATTEMPTS && isUnknownCommitResult(error); attempt++) {
        await sleep(retryDelayMs(attempt - 1))
        try {
          await session.commitTransaction()
          await session.endSession().catch(() => {})
          return
        } catch (next) {
          error = next
        }
      }
      throw error
    }
  }
}
