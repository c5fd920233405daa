import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'

// This file's CMS environment (each test file runs in its own process).
Object.assign(process.env, {
  UPLOAD_MAX_BYTES: String(256 * 1024),
  COMMENT_EDIT_WINDOW_MINUTES: '30',
  DEFAULT_LOCALE: 'en',
  SHIFT_TIME_ZONE: 'Europe/Lisbon',
})

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('GET /api/site-settings: what the CMS’s environment decides, for the public site', () => {
  it('answers anyone the CMS’s own values, and nothing else', async () => {
    for (const as of [undefined, 'volunteer.milano', 'admin']) {
      const response = await api.get('/site-settings', { as })
      expect(response.status).toBe(200)
      expect(response.body).toStrictEqual({
        defaultLocale: 'en',
        uploadMaxBytes: 256 * 1024,
        commentEditWindowMinutes: 30,
        shiftTimeZone: 'Europe/Lisbon',
      })
    }
  })
})
