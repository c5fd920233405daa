import type { AccountFailure } from './accountFailure'

/** Gives an account page's response the failure's status, and a 429 its Retry-After. */
export const answerAccountFailure = (
  response: { status?: number; readonly headers: Headers },
  failure: AccountFailure,
): void => {
  response.status = failure.status
  if (failure.retryAfterSeconds !== undefined) {
    response.headers.set('Retry-After', String(failure.retryAfterSeconds))
  }
}
