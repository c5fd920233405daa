import { describe, expect, it } from 'vitest'

import { formatShift } from './formatShift'

describe('formatShift', () => {
  it('shows the times on the clock of the time zone it is given, whatever the machine’s', () => {
    const shift = {
      start: '2026-12-05T07:00:00.000Z',
      end: '2026-12-05T11:00:00.000Z',
      locale: 'it' as const,
    }
    expect(formatShift({ ...shift, timeZone: 'Europe/Rome' })).toBe('sab 5 dic, 08:00–12:00')
    expect(formatShift({ ...shift, timeZone: 'Europe/London' })).toBe('sab 5 dic, 07:00–11:00')
    expect(formatShift({ ...shift, locale: 'en', timeZone: 'Europe/Rome' })).toBe(
      'Sat, Dec 5, 08:00 AM–12:00 PM',
    )
  })

  it('names the end’s day when the shift runs past midnight there', () => {
    const night = {
      start: '2026-12-05T21:00:00.000Z',
      end: '2026-12-06T01:00:00.000Z',
      locale: 'it' as const,
    }
    expect(formatShift({ ...night, timeZone: 'Europe/Rome' })).toBe('sab 5 dic, 22:00–dom 6 dic, 02:00')
    expect(formatShift({ ...night, timeZone: 'UTC' })).toBe('sab 5 dic, 21:00–dom 6 dic, 01:00')
  })
})
