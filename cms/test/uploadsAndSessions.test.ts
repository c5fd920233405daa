import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoEmail } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const mediaCount = () => ctx.payload.count({ collection: 'media' }).then((r) => r.totalDocs)

const upload = (file: Blob, name: string, as = 'volunteer.milano') => {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify({ alt: name }))
  return api.post('/media', form, { as })
}

describe('SECURITY.md §4 Bad input: uploads', () => {
  it('accepts an image and strips its EXIF data (GPS position included)', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c00' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Sara Galli', Copyright: 'secret-location' } })
      .toBuffer()
    expect((await sharp(jpeg).metadata()).exif).toBeDefined()
    const response = await upload(new Blob([jpeg], { type: 'image/jpeg' }), 'foto.jpg')
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const doc = await ctx.payload.findByID({ collection: 'media', id: response.body.doc.id, depth: 0 })
    const fs = await import('fs')
    const path = await import('path')
    const stored = fs.readFileSync(
      path.join(process.env.REDCLOUD_DATA_DIR as string, 'media', doc.filename as string),
    )
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('secret-location'))).toBe(false)
  })

  it('refuses SVG, HTML disguised as an image and anonymous uploads; nothing is stored', async () => {
    const before = await mediaCount()
    const svg = await upload(
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], {
        type: 'image/svg+xml',
      }),
      'logo.svg',
    )
    expect(svg.status).toBe(400)
    const disguised = await upload(
      new Blob(['<html><script>alert(1)</script></html>'], { type: 'image/png' }),
      'innocent.png',
    )
    expect(disguised.status).toBe(400)
    const form = new FormData()
    form.append(
      'file',
      new Blob(
        [
          await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
            .png()
            .toBuffer(),
        ],
        { type: 'image/png' },
      ),
      'a.png',
    )
    expect((await api.post('/media', form)).status).toBe(403)
    expect(await mediaCount()).toBe(before)
  })
})

describe('SECURITY.md §7 Sessions', () => {
  it('a cookie sent from an origin that is not allowed counts for nothing (CSRF)', async () => {
    const login = await api.raw('POST', '/users/login', {
      body: { email: demoEmail('volunteer.roma'), password: DEMO_PASSWORD },
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string
    expect(cookie).toMatch(/^payload-token=/)
    const allowed = await api.raw('GET', '/users/me', {
      headers: { Cookie: cookie, Origin: 'http://localhost:3000' },
    })
    expect(allowed.body.user?.email).toBe(demoEmail('volunteer.roma'))
    const forged = await api.raw('GET', '/users/me', {
      headers: { Cookie: cookie, Origin: 'https://evil.example.com' },
    })
    expect(forged.body.user ?? null).toBeNull()
  })

  it('answers the same for unknown e-mails, and repeated failures lock nobody out (rate limits throttle instead)', async () => {
    const wrong = { email: demoEmail('volunteer.torino'), password: 'not-the-password-1' }
    const unknown = await api.raw('POST', '/users/login', {
      body: { email: demoEmail('nobody'), password: 'not-the-password-1' },
    })
    const first = await api.raw('POST', '/users/login', { body: wrong })
    expect(first.status).toBe(unknown.status)
    expect(first.body).toEqual(unknown.body)
    for (let i = 0; i < 6; i++) await api.raw('POST', '/users/login', { body: wrong })
    const right = await api.raw('POST', '/users/login', {
      body: { email: demoEmail('volunteer.torino'), password: DEMO_PASSWORD },
    })
    expect(right.status).toBe(200)
  })

  it('revoking a role takes effect on the next request', async () => {
    const token = await api.login('editor')
    expect(
      (await api.raw('POST', '/themes', { token, body: { name: 'Acqua', icon: 'water', colour: '#0000ff' } }))
        .status,
    ).toBe(201)
    const editor = await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: demoEmail('editor') } },
    })
    await ctx.payload.update({ collection: 'users', id: editor.docs[0]!.id, data: { roles: ['member'] } })
    expect(
      (await api.raw('POST', '/themes', { token, body: { name: 'Fuoco', icon: 'water', colour: '#ff0000' } }))
        .status,
    ).toBe(403)
  })
})
