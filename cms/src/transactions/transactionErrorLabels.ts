type Labelled = { errorLabels?: unknown; hasErrorLabel?: unknown; cause?: unknown }

/**
 * The MongoDB driver's labels on an error (`errorLabels`, a getter on MongoError), following
 * `cause` since a wrapper (Payload, mongoose, drizzle) may keep the driver's error there.
 */
export const hasTransactionErrorLabel = (error: unknown, label: string): boolean => {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false
    const { errorLabels, hasErrorLabel, cause } = current as Labelled
    if (typeof hasErrorLabel === 'function' && (hasErrorLabel as (l: string) => boolean).call(current, label))
      return true
    if (Array.isArray(errorLabels) && errorLabels.includes(label)) return true
    current = cause
  }
  return false
}

/** A transaction that failed this way can be run again from the start (WriteConflict, …). */
export const isTransientTransactionError = (error: unknown): boolean =>
  hasTransactionErrorLabel(error, 'TransientTransactionError')

/** A commit whose outcome the driver does not know: retrying the commit itself is safe. */
export const isUnknownCommitResult = (error: unknown): boolean =>
  hasTransactionErrorLabel(error, 'UnknownTransactionCommitResult')
