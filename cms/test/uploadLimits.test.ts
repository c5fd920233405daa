import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

// Low limits for this file only (each test file runs in its own process).
Object.assign(process.env, {
  RATE_LIMIT_UPLOADS: '4/h',
  UPLOAD_QUOTA_FILES: '3',
  UPLOAD_QUOTA_BYTES: String(1024 * 1024),
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

const csv = (bytes: number) =>
  new Blob(['a,b\n' + '1,2\n'.repeat(Math.ceil(bytes / 4))], { type: 'text/csv' })

const upload = (as: string, bytes = 100, name = 'dati.csv') => {
  const form = new FormData()
  form.append('file', csv(bytes), name)
  form.append('_payload', JSON.stringify({ alt: name }))
  return api.post('/media', form, { as })
}

const uploadsBy = async (name: string) => {
  const user = await demoUser(ctx.payload, name)
  return (await ctx.payload.count({ collection: 'media', where: { uploadedBy: { equals: user.id } } }))
    .totalDocs
}

describe('SECURITY.md §10 Cost: each member has an upload quota and an upload rate limit', () => {
  it('a member past the number of files gets 413 with a message, nothing is stored; staff are exempt', async () => {
    for (let i = 0; i < 3; i++) expect((await upload('volunteer.milano')).status).toBe(201)
    const over = await upload('volunteer.milano')
    expect(over.status).toBe(413)
    expect(over.body.errors[0].message).toMatch(/limit of 3 files/)
    expect(await uploadsBy('volunteer.milano')).toBe(3)
    // Validators, content managers and admins are exempt.
    for (const as of ['validator.milano', 'editor']) {
      for (let i = 0; i < 5; i++) expect((await upload(as)).status, `${as} ${i}`).toBe(201)
    }
    expect(await uploadsBy('validator.milano')).toBe(5)
  })

  it('a member past the total size gets 413 with a message, and nothing is stored', async () => {
    expect((await upload('volunteer.torino', 600 * 1024)).status).toBe(201)
    const over = await upload('volunteer.torino', 600 * 1024)
    expect(over.status).toBe(413)
    expect(over.body.errors[0].message).toMatch(/limit of 1 MB/)
    expect(await uploadsBy('volunteer.torino')).toBe(1)
  })

  it('uploads and edits beyond the rate limit get 429 with Retry-After', async () => {
    const first = await upload('volunteer.roma')
    expect(first.status).toBe(201)
    expect((await upload('volunteer.roma')).status).toBe(201)
    expect(
      (await api.patch(`/media/${first.body.doc.id}`, { alt: 'uno' }, { as: 'volunteer.roma' })).status,
    ).toBe(200)
    expect((await upload('volunteer.roma')).status).toBe(201)
    const limited = await upload('volunteer.roma')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/)
    expect(await uploadsBy('volunteer.roma')).toBe(3)
  })
})
