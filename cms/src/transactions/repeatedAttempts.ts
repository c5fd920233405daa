/**
 * The requests retryTransientRequest sends again after a transient conflict. Payload's request
 * object is the Request itself (createPayloadRequest assigns onto it), so code deep in an
 * operation can tell a repeat from the caller's first attempt: rate limits count only the first.
 * A set of objects, not a header: nothing a caller sends can mark a request as a repeat.
 */
const repeated = new WeakSet<object>()

export const markRepeatedAttempt = (request: Request): Request => {
  repeated.add(request)
  return request
}

export const isRepeatedAttempt = (req: object): boolean => repeated.has(req)
