import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBuilder, type Builder } from './createBuilder.ts'
import { createSiteServer } from './createSiteServer.ts'
import { fakeBuilderOptions } from './fixtures/fakeBuilderOptions.ts'
import { switchCurrentBuild } from './switchCurrentBuild.ts'

const SECRET = 'test-secret-3c9f'
const page = `<!doctype html><html lang="en"><title>Practice</title><p>${'Visits to elderly people. '.repeat(80)}</p></html>`

let dir: string
let buildsDir: string
let builder: Builder
let server: http.Server
let base: string
let closedServer: http.Server
let closedBase: string

const write = (file: string, content: string | Buffer) => {
  const full = path.join(buildsDir, 'b1', file)
  fs.mkdirSync(path.dirname(full), { recursive: true })
  fs.writeFileSync(full, content)
}

const listen = async (target: http.Server) => {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(target.address() as AddressInfo).port}`
}

/** A raw request: unlike fetch, it sends the path exactly as written (no dot-segment removal). */
const raw = (url: string, rawPath: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const { hostname, port } = new URL(url)
    const request = http.request({ hostname, port, path: rawPath, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
    request.on('error', reject)
    request.end()
  })

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-server-'))
  buildsDir = path.join(dir, 'builds')
  write('client/index.html', '<h1>Home</h1>')
  write('client/en/practices/nonni-in-rete/index.html', page)
  write('client/404.html', '<h1>Page not found</h1>')
  write('client/_astro/app.3f9a1c.js', 'console.log(1)')
  write('client/_astro/app.3f9a1c.css', 'body{color:red}')
  write('client/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>')
  write('client/pre.css', 'p{margin:0}'.repeat(100))
  write('client/pre.css.br', zlib.brotliCompressSync('p{margin:0}'.repeat(100)))
  write(
    'server/entry.mjs',
    `export const handler = (req, res, next) => {
      if (req.url === '/en/login/') { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('on demand') }
      else next()
    }`,
  )
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve')
  switchCurrentBuild({ buildsDir, build: 'b1' })
  const control = path.join(dir, 'control.json')
  fs.writeFileSync(control, JSON.stringify({ label: 'rebuilt' }))
  builder = createBuilder(fakeBuilderOptions({ buildsDir, dir, control }))
  server = createSiteServer({ buildsDir, builder, secret: SECRET, log: () => {} })
  base = await listen(server)
  closedServer = createSiteServer({ buildsDir, builder, secret: '', log: () => {} })
  closedBase = await listen(closedServer)
})
afterAll(async () => {
  await builder?.close()
  server?.close()
  closedServer?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('site server: static files', () => {
  it('serves pages with their content type and a short cache lifetime', async () => {
    const response = await fetch(`${base}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(await response.text()).toBe('<h1>Home</h1>')
  })

  it('serves index.html for folders and redirects the path without its slash', async () => {
    expect((await fetch(`${base}/en/practices/nonni-in-rete/`)).status).toBe(200)
    const redirect = await fetch(`${base}/en/practices/nonni-in-rete?x=1`, { redirect: 'manual' })
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/en/practices/nonni-in-rete/?x=1')
  })

  it('marks hashed assets immutable', async () => {
    const js = await fetch(`${base}/_astro/app.3f9a1c.js`)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await fetch(`${base}/_astro/app.3f9a1c.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    )
    expect((await fetch(`${base}/logo.svg`)).headers.get('content-type')).toBe('image/svg+xml')
  })

  it('compresses pages with brotli or gzip, as the browser accepts', async () => {
    const br = await raw(base, '/en/practices/nonni-in-rete/', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(br.body.length).toBeLessThan(page.length / 5)
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(page)

    const gz = await raw(base, '/en/practices/nonni-in-rete/', { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).toString()).toBe(page)

    const plain = await raw(base, '/en/practices/nonni-in-rete/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(page)
  })

  it('prefers a precompressed file when the build has one', async () => {
    const response = await raw(base, '/pre.css', { 'Accept-Encoding': 'br' })
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.body).toEqual(fs.readFileSync(path.join(buildsDir, 'b1/client/pre.css.br')))
  })

  it('answers 304 to a matching ETag', async () => {
    const first = await fetch(`${base}/`)
    const etag = first.headers.get('etag')!
    expect(etag).toBeTruthy()
    expect((await fetch(`${base}/`, { headers: { 'If-None-Match': etag } })).status).toBe(304)
  })

  it("answers unknown paths with the build's 404 page and status 404", async () => {
    const response = await fetch(`${base}/en/practices/no-such-practice/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('<h1>Page not found</h1>')
  })

  it('hands what is not a file to the build’s on-demand handler', async () => {
    const response = await fetch(`${base}/en/login/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('on demand')
  })

  it('never serves a file outside the build', async () => {
    for (const attempt of [
      '/../../secret.txt',
      '/../../../secret.txt',
      '/%2e%2e/%2e%2e/secret.txt',
      '/..%2f..%2f..%2fsecret.txt',
      '/_astro/..%5c..%5c..%5csecret.txt',
      '/%00/index.html',
      '/..%2f..%2fb1/server/entry.mjs',
    ]) {
      const response = await raw(base, attempt)
      expect(response.status, attempt).toBe(404)
      expect(response.body.toString(), attempt).not.toContain('do not serve')
      expect(response.body.toString(), attempt).not.toContain('handler')
    }
  })
})

describe('site server: /__rebuild', () => {
  it('refuses callers without the secret (401) and every caller when no secret is set (403)', async () => {
    const none = await fetch(`${base}/__rebuild`, { method: 'POST' })
    expect(none.status).toBe(401)
    expect(await none.json()).toMatchObject({ error: expect.stringContaining('secret') })
    const wrong = await fetch(`${base}/__rebuild`, {
      method: 'POST',
      headers: { Authorization: 'Bearer test-secret-3c9e' },
    })
    expect(wrong.status).toBe(401)
    expect((await fetch(`${base}/__rebuild`)).status).toBe(401)
    const closed = await fetch(`${closedBase}/__rebuild`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}` },
    })
    expect(closed.status).toBe(403)
    expect(builder.status().builds).toBe(0)
  })

  it('accepts a valid request with 202 at once, rebuilds, and reports its status', async () => {
    const started = Date.now()
    const response = await fetch(`${base}/__rebuild`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'practices 12 published' }),
    })
    expect(response.status).toBe(202)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(await response.json()).toMatchObject({ accepted: true, pending: true, current: 'b1' })

    await builder.whenIdle()
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>rebuilt</h1>')
    const status = await fetch(`${base}/__rebuild`, { headers: { Authorization: `Bearer ${SECRET}` } })
    expect(status.status).toBe(200)
    expect(await status.json()).toMatchObject({
      building: false,
      queued: false,
      builds: 1,
      lastFailure: null,
      lastSuccess: { build: expect.any(String) },
    })
  })
})

describe('one origin with the CMS (SITE_PROXY_CMS)', () => {
  it('forwards /api, /admin and /_next to the CMS with method, body and cookies, and serves the rest itself', async () => {
    const seen: { method?: string; url?: string; cookie?: string; body: string }[] = []
    const cms = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += String(chunk)))
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, cookie: req.headers.cookie, body })
        res.writeHead(201, {
          'Content-Type': 'application/json',
          'Set-Cookie': 'payload-token=abc; Path=/; HttpOnly',
        })
        res.end('{"from":"cms"}')
      })
    })
    const cmsUrl = await listen(cms)
    const proxied = createSiteServer({
      buildsDir,
      builder,
      secret: SECRET,
      cmsProxy: new URL(cmsUrl),
      log: () => {},
    })
    const proxiedUrl = await listen(proxied)
    try {
      const response = await fetch(`${proxiedUrl}/api/likes?depth=0`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: 'payload-token=xyz' },
        body: '{"practice":1}',
      })
      expect(response.status).toBe(201)
      expect(response.headers.get('set-cookie')).toContain('payload-token=abc')
      expect(await response.json()).toEqual({ from: 'cms' })
      expect(seen[0]).toMatchObject({
        method: 'POST',
        url: '/api/likes?depth=0',
        cookie: 'payload-token=xyz',
        body: '{"practice":1}',
      })
      expect((await fetch(`${proxiedUrl}/admin`)).status).toBe(201)
      // not the CMS's: served (or not found) by the site itself
      expect((await fetch(`${proxiedUrl}/en/practices/nonni-in-rete/`)).status).not.toBe(201)
      expect((await fetch(`${proxiedUrl}/apiary/`)).status).not.toBe(201)
      expect(seen).toHaveLength(2)
    } finally {
      proxied.close()
      cms.close()
    }
  })

  it('answers 502 with a JSON message when the CMS is down', async () => {
    const proxied = createSiteServer({
      buildsDir,
      builder,
      secret: SECRET,
      cmsProxy: new URL('http://127.0.0.1:1'),
      log: () => {},
    })
    const proxiedUrl = await listen(proxied)
    try {
      const response = await fetch(`${proxiedUrl}/api/users/me`)
      expect(response.status).toBe(502)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain(
        'cannot be reached',
      )
    } finally {
      proxied.close()
    }
  })
})
