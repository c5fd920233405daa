import { describe, expect, it } from 'vitest'

import { parseSiteSettings } from './parseSiteSettings'

const valid = {
  defaultLocale: 'fr',
  uploadMaxBytes: 5_242_880,
  commentEditWindowMinutes: 30,
  shiftTimeZone: 'Europe/Rome',
}

describe('parseSiteSettings', () => {
  it('keeps the four settings of a well-formed answer, and only them', () => {
    expect(parseSiteSettings({ ...valid, secret: 'x' })).toEqual(valid)
  })

  it('names the field that is missing or wrong', () => {
    expect(() => parseSiteSettings(null)).toThrow(/defaultLocale/)
    expect(() => parseSiteSettings({ ...valid, defaultLocale: 'de' })).toThrow(/defaultLocale/)
    expect(() => parseSiteSettings({ ...valid, uploadMaxBytes: '10' })).toThrow(/uploadMaxBytes/)
    expect(() => parseSiteSettings({ ...valid, uploadMaxBytes: 0 })).toThrow(/uploadMaxBytes/)
    expect(() => parseSiteSettings({ ...valid, commentEditWindowMinutes: Number.NaN })).toThrow(
      /commentEditWindowMinutes/,
    )
    expect(() => parseSiteSettings({ ...valid, shiftTimeZone: 'Mars/Olympus' })).toThrow(/shiftTimeZone/)
    expect(() => parseSiteSettings({ ...valid, shiftTimeZone: undefined })).toThrow(/shiftTimeZone/)
  })
})
