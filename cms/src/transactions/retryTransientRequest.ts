import { markRepeatedAttempt } from './repeatedAttempts'
import { MAX_TRANSACTION_ATTEMPTS, RETRYABLE_HEADER, retryDelayMs } from './retryPolicy'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Sends a request to the API, and again (at most MAX_TRANSACTION_ATTEMPTS times in all, with a
 * short jittered pause) while its answer says that a transaction lost a transient conflict: the
 * transaction was rolled back, so running the request again is the MongoDB-documented remedy.
 * The body must be re-readable: guardApiRequest buffers every body but multipart ones, which
 * are sent once (their 503 tells the caller to try again). The last answer loses the internal
 * marker header; it is the 503 with Retry-After that transactionConflictAnswer wrote. Repeats
 * are marked (repeatedAttempts) so that rate limits count the caller's request once.
 */
export const retryTransientRequest = async ({
  request,
  send,
  sleep = wait,
}: {
  request: Request
  send: (request: Request) => Promise<Response> | Response
  sleep?: (ms: number) => Promise<unknown>
}): Promise<Response> => {
  const repeatable = !(request.headers.get('Content-Type') ?? '').toLowerCase().startsWith('multipart/')
  for (let attempt = 1; ; attempt++) {
    const last = !repeatable || attempt >= MAX_TRANSACTION_ATTEMPTS
    const sent = last ? request : request.clone()
    const response = await send(attempt > 1 ? markRepeatedAttempt(sent) : sent)
    if (!response.headers.has(RETRYABLE_HEADER)) return response
    if (last || request.signal.aborted) {
      const headers = new Headers(response.headers)
      headers.delete(RETRYABLE_HEADER)
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      })
    }
    await response.body?.cancel()
    await sleep(retryDelayMs(attempt))
  }
}
