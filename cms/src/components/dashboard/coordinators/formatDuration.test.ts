import { describe, expect, it } from 'vitest'

import { formatDuration } from './formatDuration'

const HOUR = 60 * 60 * 1000

describe('formatDuration', () => {
  it('says days, hours or minutes in the reader’s language', () => {
    expect(formatDuration({ ms: 36 * HOUR, language: 'en' })).toBe('1.5 days')
    expect(formatDuration({ ms: 36 * HOUR, language: 'it' })).toBe('1,5 giorni')
    expect(formatDuration({ ms: 3 * HOUR, language: 'fr' })).toBe('3\u00a0heures')
    expect(formatDuration({ ms: 90_000, language: 'es' })).toBe('2 minutos')
    expect(formatDuration({ ms: 4_200, language: 'en' })).toBe('4.2 seconds')
  })
  it('is a dash for no duration', () => {
    expect(formatDuration({ ms: null, language: 'en' })).toBe('–')
  })
})
