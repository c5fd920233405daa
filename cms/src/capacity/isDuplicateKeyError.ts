import { ValidationError } from 'payload'

/** The database's "must be unique" on a claim's `key`: the same person claimed at the same moment. */
export const isDuplicateKeyError = (error: unknown): boolean =>
  error instanceof ValidationError &&
  ((error.data as { errors?: { path?: string }[] } | undefined)?.errors ?? []).some(
    ({ path }) => path === 'key',
  )
