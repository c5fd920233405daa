import { MongoNetworkError, MongoServerError } from 'mongodb'

/*
 * Errors built with the MongoDB driver's own classes (node_modules/mongodb/lib/error.js), the way
 * the driver builds them from a server reply: MongoServerError copies every field of the reply
 * (code, codeName, keyPattern, keyValue…) and turns `errorLabels` into its label set, so
 * `error.errorLabels` and `error.hasErrorLabel()` answer exactly as in production.
 */

/** Two transactions wrote the same document; the later one is aborted (retry it). */
export const writeConflictError = (): MongoServerError =>
  new MongoServerError({
    ok: 0,
    errmsg:
      'Caused by :: Write conflict during plan execution and yielding is disabled. :: Please retry your operation or multi-document transaction.',
    code: 112,
    codeName: 'WriteConflict',
    errorLabels: ['TransientTransactionError'],
  })

/** The transaction is gone (aborted by the server, or a parallel operation on its session). */
export const noSuchTransactionError = (): MongoServerError =>
  new MongoServerError({
    ok: 0,
    errmsg: 'Transaction with { txnNumber: 2 } has been aborted.',
    code: 251,
    codeName: 'NoSuchTransaction',
    errorLabels: ['TransientTransactionError'],
  })

/** E11000 on a unique index, with the index's key pattern and the values that collided. */
export const duplicateKeyError = ({
  collection,
  keyValue,
}: {
  collection: string
  keyValue: Record<string, unknown>
}): MongoServerError => {
  const index = Object.keys(keyValue)
    .map((key) => `${key}_1`)
    .join('_')
  const values = Object.entries(keyValue)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ')
  return new MongoServerError({
    ok: 0,
    errmsg: `E11000 duplicate key error collection: redcloud.${collection} index: ${index} dup key: { ${values} }`,
    code: 11000,
    codeName: 'DuplicateKey',
    keyPattern: Object.fromEntries(Object.keys(keyValue).map((key) => [key, 1])),
    keyValue,
  })
}

/** A commit whose outcome the driver could not learn (e.g. the primary stepped down meanwhile). */
export const unknownCommitResultError = (): MongoServerError =>
  new MongoServerError({
    ok: 0,
    errmsg: 'Not primary while running commitTransaction',
    code: 10107,
    codeName: 'NotWritablePrimary',
    errorLabels: ['UnknownTransactionCommitResult'],
  })

/** A dropped connection outside a transaction: no label, nothing says it is safe to repeat. */
export const networkError = (): MongoNetworkError =>
  new MongoNetworkError('connection 4 to 10.0.0.12:27017 closed')
