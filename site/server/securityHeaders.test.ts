import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBuilder, type Builder } from './createBuilder.ts'
import { createSiteServer } from './createSiteServer.ts'
import { siteSecurityPolicy } from './siteSecurityPolicy.ts'
import { switchCurrentBuild } from './switchCurrentBuild.ts'

const FAQ_POLICY = "default-src 'self'; script-src 'self' 'sha256-faq'; frame-ancestors 'none'"
const NOT_FOUND_POLICY = "default-src 'self'; style-src 'self' 'sha256-404'; frame-ancestors 'none'"
const ASTRO_POLICY = "default-src 'self'; script-src 'self' 'sha256-on-demand'; frame-ancestors 'none'"

let dir: string
let builder: Builder
let cms: http.Server
let server: http.Server
let base: string
let emptyServer: http.Server
let emptyBase: string
const basePolicy = siteSecurityPolicy({ env: process.env }).headers['Content-Security-Policy']

const listen = async (target: http.Server) => {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(target.address() as AddressInfo).port}`
}

const write = (file: string, content: string) => {
  const full = path.join(dir, 'builds', 'b1', file)
  fs.mkdirSync(path.dirname(full), { recursive: true })
  fs.writeFileSync(full, content)
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-headers-'))
  write('client/index.html', '<h1>Home</h1>')
  write('client/en/faq/index.html', '<h1>FAQ</h1>')
  write('client/404.html', '<h1>Page not found</h1>')
  write('client/open-data/practices.json', '{"practices":[]}')
  write(
    '_headers.json',
    JSON.stringify([
      { pathname: '/en/faq/', headers: [{ key: 'Content-Security-Policy', value: FAQ_POLICY }] },
      { pathname: '/404', headers: [{ key: 'Content-Security-Policy', value: NOT_FOUND_POLICY }] },
    ]),
  )
  // Like Astro's handler: its own policy on its pages, the prerendered 404 page (without one) for the rest.
  write(
    'server/entry.mjs',
    `export const handler = (req, res, next) => {
      if (req.url === '/en/login/') res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': ${JSON.stringify(ASTRO_POLICY)} }).end('on demand')
      else if (req.url === '/en/sso/') res.writeHead(302, { Location: '/en/' }).end()
      else if (req.url.startsWith('/it/')) res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Page not found</h1>')
      else next()
    }`,
  )
  switchCurrentBuild({ buildsDir: path.join(dir, 'builds'), build: 'b1' })
  builder = createBuilder({
    buildsDir: path.join(dir, 'builds'),
    command: 'true',
    cwd: dir,
    debounceMs: 50,
    log: () => {},
  })
  cms = http.createServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-From': 'cms' }).end('{}'),
  )
  const cmsUrl = new URL(await listen(cms))
  server = createSiteServer({
    buildsDir: path.join(dir, 'builds'),
    builder,
    secret: 's',
    cmsProxy: cmsUrl,
    log: () => {},
  })
  base = await listen(server)
  emptyServer = createSiteServer({ buildsDir: path.join(dir, 'none'), builder, secret: '', log: () => {} })
  emptyBase = await listen(emptyServer)
})

afterAll(async () => {
  await builder?.close()
  server?.close()
  emptyServer?.close()
  cms?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('SECURITY.md §9 Rendering: every response of the site server carries the security headers', () => {
  it.each([
    ['/', 200, basePolicy],
    ['/en/faq/', 200, FAQ_POLICY],
    ['/en/faq', 301, basePolicy],
    ['/open-data/practices.json', 200, basePolicy],
    ['/no/such/file.txt', 404, NOT_FOUND_POLICY],
    ['/it/no-such-page/', 404, NOT_FOUND_POLICY],
    ['/en/login/', 200, ASTRO_POLICY],
    // what Astro answers without a policy of its own gets the 404 page's (the base policy and the build's hashes)
    ['/en/sso/', 302, NOT_FOUND_POLICY],
    ['/__rebuild', 401, basePolicy],
  ])(
    '%s: %i with its page policy (or the base one), Referrer-Policy and nosniff',
    async (pathname, status, policy) => {
      const response = await fetch(`${base}${pathname}`, { redirect: 'manual' })
      expect(response.status).toBe(status)
      expect(response.headers.get('content-security-policy')).toBe(policy)
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    },
  )

  it('also while no build is online (503)', async () => {
    const response = await fetch(`${emptyBase}/en/`)
    expect(response.status).toBe(503)
    expect(response.headers.get('content-security-policy')).toBe(basePolicy)
  })

  it("sends them on the site's paths and leaves the CMS's responses to the CMS's own headers", async () => {
    const site = await fetch(`${base}/`)
    expect(site.headers.get('content-security-policy')).toBe(basePolicy)
    const proxied = await fetch(`${base}/admin/login`)
    expect(proxied.headers.get('x-from')).toBe('cms')
    expect(proxied.headers.get('content-security-policy')).toBeNull()
    expect(proxied.headers.get('referrer-policy')).toBeNull()
  })
})
