import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { retryDelayMs } from '../transactions/retryPolicy'
import { isTransientTransactionError } from '../transactions/transactionErrorLabels'

/** Attempts of one claim or release when it owns its transaction (MongoDB's conflicts). */
export const SEAT_TRANSACTION_ATTEMPTS = 8
const MAX_PAUSE_MS = 250

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work` in the request's transaction. When the caller already opened one, `work` joins it
 * and the caller commits (and retries). Otherwise this opens one, commits it, and on MongoDB runs
 * `work` again in a fresh one when it lost a write conflict to a concurrent claim on the same
 * item (every claim and release writes the item's document, so they conflict by design):
 * many people applying at once queue up here instead of answering 503. SQLite never conflicts:
 * its transactions wait their turn (serializeTransactions).
 */
export const inSeatTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  if (await req.transactionID) return work()
  for (let attempt = 1; ; attempt++) {
    await initTransaction(req)
    try {
      const result = await work()
      await commitTransaction(req)
      return result
    } catch (error) {
      await killTransaction(req)
      if (!isTransientTransactionError(error) || attempt >= SEAT_TRANSACTION_ATTEMPTS) throw error
      await wait(Math.min(MAX_PAUSE_MS, retryDelayMs(attempt)))
    }
  }
}
