import mongoose from 'mongoose'

/** Which harness rule produced a simulated error (MongoDB itself never sets this field). */
export type MongoRule = 'estimatedCount' | 'parallelOperation' | 'paginatedFind'

export type SimulatedMongoServerError = mongoose.mongo.MongoServerError & {
  simulatedRule: MongoRule
}

/**
 * An instance of the driver's own MongoServerError (the class the adapter surfaces), built from
 * the reply MongoDB sends, so `instanceof`, `code`, `codeName`, `hasErrorLabel()` and the message
 * are what the application would meet on a real server.
 */
const serverError = (
  rule: MongoRule,
  reply: { code: number; codeName: string; errmsg: string; errorLabels: string[] },
): SimulatedMongoServerError => {
  const error = new mongoose.mongo.MongoServerError({ ok: 0, ...reply, message: reply.errmsg })
  Object.defineProperty(error, 'simulatedRule', { value: rule, enumerable: false })
  return error as SimulatedMongoServerError
}

/**
 * What MongoDB (4.0.2 and later) answers to `estimatedDocumentCount` (the `count` command) sent on a
 * session in a transaction. Not a transient error: retrying cannot help.
 */
export const operationNotSupportedInTransaction = (): SimulatedMongoServerError =>
  serverError('estimatedCount', {
    code: 263,
    codeName: 'OperationNotSupportedInTransaction',
    errmsg:
      "Cannot run 'count' in a multi-document transaction. Please see " +
      'http://dochub.mongodb.org/core/transaction-count for a recommended alternative.',
    errorLabels: [],
  })

/**
 * What a second operation sent on a session while another is in flight in the same transaction
 * typically gets: the transaction it names is no longer the session's active one.
 */
export const noSuchTransaction = (rule: MongoRule, txnNumber: number): SimulatedMongoServerError =>
  serverError(rule, {
    code: 251,
    codeName: 'NoSuchTransaction',
    errmsg: `Given transaction number ${txnNumber} does not match any in-progress transactions. The active transaction number is ${txnNumber + 1}`,
    errorLabels: ['TransientTransactionError'],
  })
