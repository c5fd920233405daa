type ErrorLike = {
  cause?: unknown
  code?: unknown
  data?: { collection?: unknown; errors?: { path?: unknown }[] }
  message?: unknown
  name?: unknown
}

/** The lock index's fields, as MongoDB (keyValue) and SQLite (column names) report them. */
const LOCK_PATHS = new Set(['itemCollection', 'item_collection', 'document', 'revision'])

const isRawDuplicateKey = (error: ErrorLike) =>
  error.code === 11000 || // MongoServerError E11000
  error.code === 'SQLITE_CONSTRAINT_UNIQUE' || // libsql, often as drizzle's `cause`
  (typeof error.message === 'string' && error.message.includes('UNIQUE constraint failed'))

/** Both adapters turn a duplicate key into a ValidationError on the lock index's field. */
const isAdapterDuplicateKey = (error: ErrorLike, eventsSlug: string) =>
  error.name === 'ValidationError' &&
  error.data?.collection === eventsSlug &&
  error.data.errors?.length === 1 &&
  LOCK_PATHS.has(String(error.data.errors[0]?.path))

/**
 * Whether inserting a workflow event failed because an event for the same (itemCollection,
 * document, revision) exists: someone else acted at this revision, the one failure that means
 * 409. Anything else (a network error, a write conflict, a bug) is not that and must propagate.
 * Recognises the drivers' errors (MongoDB code 11000, libsql SQLITE_CONSTRAINT_UNIQUE, also
 * wrapped in `cause`) and the ValidationError the Payload adapters make of them.
 */
export const isDuplicateEvent = (error: unknown, eventsSlug: string): boolean => {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const candidate = current as ErrorLike
    if (isRawDuplicateKey(candidate) || isAdapterDuplicateKey(candidate, eventsSlug)) return true
    current = candidate.cause
  }
  return false
}
