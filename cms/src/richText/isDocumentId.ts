/** A document id as stored: a positive integer on SQLite, a short token (an ObjectId) on MongoDB. */
export const isDocumentId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
  (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value))
