import type { SiteSettings } from '@redcloud/cms/contract'
import { describe, expect, it } from 'vitest'

import { cachedSiteSettings } from './cachedSiteSettings'

const settings = (uploadMaxBytes: number): SiteSettings => ({
  defaultLocale: 'it',
  uploadMaxBytes,
  commentEditWindowMinutes: 15,
  shiftTimeZone: 'Europe/Rome',
})

describe('cachedSiteSettings', () => {
  it('asks the CMS once per minute, one request for callers at the same time', async () => {
    let now = 0
    let asked = 0
    const read = cachedSiteSettings({ load: async () => settings(++asked), now: () => now })
    expect(await Promise.all([read(), read()])).toEqual([settings(1), settings(1)])
    now = 59_999
    expect(await read()).toEqual(settings(1))
    now = 60_000
    expect(await read()).toEqual(settings(2))
    expect(asked).toBe(2)
  })

  it('keeps the last answer when asking again fails, and fails while it has none', async () => {
    let now = 0
    let fail = true
    const read = cachedSiteSettings({
      load: async () => {
        if (fail) throw new Error('The CMS at http://cms.test/api/site-settings cannot be reached')
        return settings(7)
      },
      now: () => now,
    })
    await expect(read()).rejects.toThrow(/cannot be reached/)
    fail = false
    expect(await read()).toEqual(settings(7))
    fail = true
    now = 120_000
    expect(await read()).toEqual(settings(7))
  })
})
