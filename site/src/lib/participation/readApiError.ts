/** A refusal from the CMS's REST API, reduced to what a form shows. */
export interface ApiError {
  /** The message for the whole form, or the first field's. */
  message: string
  /** Messages per field path (`body`, `reason`…), from a validation error. */
  fields: Record<string, string>
}

/**
 * Payload answers `{ errors: [{ message, data?: { errors: [{ path, message }] } }] }`; anything
 * else (a proxy's HTML page, an empty body) becomes `fallback`.
 */
export const readApiError = (json: unknown, fallback: string): ApiError => {
  const errors = (json as { errors?: unknown } | null)?.errors
  const first = Array.isArray(errors)
    ? (errors[0] as { message?: unknown; data?: unknown } | undefined)
    : undefined
  const fields: Record<string, string> = {}
  const fieldErrors = (first?.data as { errors?: unknown } | undefined)?.errors
  if (Array.isArray(fieldErrors)) {
    for (const entry of fieldErrors as { path?: unknown; message?: unknown }[]) {
      if (typeof entry.path === 'string' && typeof entry.message === 'string')
        fields[entry.path] ??= entry.message
    }
  }
  const message =
    Object.values(fields)[0] ??
    (typeof first?.message === 'string' && first.message ? first.message : fallback)
  return { message, fields }
}
