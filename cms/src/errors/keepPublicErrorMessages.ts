import type { AfterErrorHook } from 'payload'

import { isPublicError } from './isPublicError'

/**
 * Payload formats an error by its class name, which the production build minifies away: an
 * expected error (an APIError with a 4xx status, a ValidationError) then reached the caller as
 * "An unknown error occurred.". This puts the error's own message (and data) back for every
 * public error; errors that are not public stay masked.
 */
export const keepPublicErrorMessages: AfterErrorHook = ({ error, result }) => {
  if (!result || !isPublicError(error)) return
  const { message } = error
  if (!message || result.errors?.some((entry) => entry.message === message)) return
  const { data } = error as { data?: unknown }
  return {
    response: {
      ...result,
      errors: [{ ...(data ? { data: data as Record<string, unknown> } : {}), message }],
    },
  }
}
