import { describe, expect, it } from 'vitest'

import { isSqliteBusyError } from './isSqliteBusyError'

describe('isSqliteBusyError', () => {
  it('knows libsql’s busy and locked errors, also wrapped', () => {
    expect(
      isSqliteBusyError(Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })),
    ).toBe(true)
    expect(isSqliteBusyError({ code: 'SQLITE_BUSY_SNAPSHOT' })).toBe(true)
    expect(isSqliteBusyError(new Error('Failed query', { cause: { code: 'SQLITE_LOCKED' } }))).toBe(true)
    expect(isSqliteBusyError(new Error('Failed query', { cause: new Error('database is locked') }))).toBe(
      true,
    )
  })

  it('leaves other errors alone', () => {
    expect(isSqliteBusyError(new Error('UNIQUE constraint failed'))).toBe(false)
    expect(isSqliteBusyError({ code: 'SQLITE_CONSTRAINT' })).toBe(false)
    expect(isSqliteBusyError(null)).toBe(false)
  })
})
