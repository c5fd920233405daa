type MaybePublic = { status?: unknown; isPublic?: unknown }

/** Payload's own rule (isErrorPublic, without `debug`): an expected error says what went wrong. */
export const isPublicError = (error: unknown): boolean => {
  const { status, isPublic } = (error ?? {}) as MaybePublic
  if (isPublic === true) return true
  if (isPublic === false) return false
  return typeof status === 'number' && status < 500
}
