import { describe, expect, it } from 'vitest'

import { fetchSiteSettings } from './fetchSiteSettings'

const env = { CMS_URL: 'http://cms.test/' }
const answer = {
  defaultLocale: 'en',
  uploadMaxBytes: 5_242_880,
  commentEditWindowMinutes: 30,
  shiftTimeZone: 'Europe/Rome',
}

describe('fetchSiteSettings', () => {
  it('reads GET /api/site-settings of the CMS at CMS_URL, whatever the site’s own environment says', async () => {
    let asked = ''
    const fetchImpl = (async (url: string) => {
      asked = url
      return Response.json(answer)
    }) as typeof fetch
    const read = await fetchSiteSettings({
      env: { ...env, UPLOAD_MAX_BYTES: '1', COMMENT_EDIT_WINDOW_MINUTES: '1', DEFAULT_LOCALE: 'it' },
      fetchImpl,
    })
    expect(read).toEqual(answer)
    expect(asked).toBe('http://cms.test/api/site-settings')
  })

  it('fails naming the address when the CMS is down, answers an error or something else', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed')
    }) as typeof fetch
    await expect(fetchSiteSettings({ env, fetchImpl: down })).rejects.toThrow(
      /http:\/\/cms\.test\/api\/site-settings cannot be reached/,
    )
    const error = (async () => new Response('nope', { status: 500 })) as typeof fetch
    await expect(fetchSiteSettings({ env, fetchImpl: error })).rejects.toThrow(/answered 500/)
    const wrong = (async () => Response.json({ ...answer, uploadMaxBytes: null })) as typeof fetch
    await expect(fetchSiteSettings({ env, fetchImpl: wrong })).rejects.toThrow(/uploadMaxBytes/)
  })
})
