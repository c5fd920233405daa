/** How often a request that lost a transient transaction conflict is run, in all. */
export const MAX_TRANSACTION_ATTEMPTS = 4

/** What a caller is told to wait (seconds) once the attempts are used up. */
export const RETRY_AFTER_SECONDS = 1

/**
 * Internal response header by which the afterError hook tells the API guard that the request
 * failed on a transient transaction error and may be run again. Never reaches the caller.
 */
export const RETRYABLE_HEADER = 'X-RedCloud-Retryable-Transaction'

/** Backoff before attempt `attempt + 1` (attempt counts from 1): doubling, with full jitter. */
export const retryDelayMs = (attempt: number, random = Math.random): number =>
  Math.round(10 * 2 ** attempt * (0.5 + random()))
