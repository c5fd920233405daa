/**
 * A transaction that waited its turn in the process's queue (serializeTransactions) longer than
 * allowed: nothing was written, the database is busy. Answered 503 with Retry-After, not 500,
 * and not run again at once (it would wait in the same queue).
 */
export class TransactionQueueTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`Waited ${timeoutMs} ms for another database transaction to finish.`)
    this.name = 'TransactionQueueTimeout'
  }
}
