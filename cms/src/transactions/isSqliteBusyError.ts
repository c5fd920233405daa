type Coded = { code?: unknown; message?: unknown; cause?: unknown }

/**
 * SQLite said another connection holds the lock past the busy timeout (SQLITE_BUSY, with its
 * extended codes such as SQLITE_BUSY_SNAPSHOT) or a table is locked (SQLITE_LOCKED): another
 * process on the same file was writing. Nothing was written, so the request may run again.
 * Follows `cause`, since drizzle and Payload wrap libsql's error.
 */
export const isSqliteBusyError = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false
    const { code, message, cause } = current as Coded
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return true
    if (typeof message === 'string' && /\bSQLITE_(BUSY|LOCKED)\b|database is locked/.test(message))
      return true
    current = cause
  }
  return false
}
