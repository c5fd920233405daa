import fs from 'fs'
import os from 'os'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@redcloud/testing/freePort'
import { startCms, type RunningCms } from '@redcloud/testing/startCms'

import { cmsClient, type Doc } from './cmsClient'
import { readBuildFiles } from './readBuildFiles'
import { startSite, type RunningSite } from './startSite'

let cms: RunningCms
let site: RunningSite
const { token, api, decide } = cmsClient(() => cms.url)

/**
 * Each change's build: what the site server says of it, a copy of its files, and how many of its
 * catalogue listing pages it rendered and kept (hard-linked from the build before).
 */
type ListingCounts = { rendered: number; kept: number }
const incremental: { kind: string; dir: string; listings: { it: ListingCounts; all: ListingCounts } }[] = []

const listingPagesOf = (dir: string) => {
  const pathnames = Object.keys(
    JSON.parse(fs.readFileSync(path.join(dir, 'listing-pages.json'), 'utf8')) as Record<string, string>,
  )
  const counts = (among: string[]): ListingCounts => {
    const kept = among.filter(
      (pathname) => fs.statSync(path.join(dir, 'client', pathname, 'index.html')).nlink > 1,
    )
    return { rendered: among.length - kept.length, kept: kept.length }
  }
  return { it: counts(pathnames.filter((pathname) => pathname.startsWith('/it/'))), all: counts(pathnames) }
}
let archived: Doc
let live: Doc[]
const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'site-incremental-e2e-'))

const lastSuccess = async () =>
  (await site.status()).lastSuccess as { build: string; kind: string; at: string }

/** The changed practice's page as the site served it once published at once, before the build. */
const servedAtOnce: {
  path: string
  status: number
  html: string
  policy: null | string
  beforeItsBuild: boolean
  build: string
}[] = []

const waitForPublishedNow = async (since: number) => {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const published = ((await site.status()) as { lastPublishedNow?: null | { at: string } }).lastPublishedNow
    if (published && Date.parse(published.at) >= since) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('The site server did not publish the practice at once.')
}

/**
 * Makes a change, reads the changed practice's page (`pagePath`) as soon as the site server
 * published it at once, waits for the build the change causes and keeps a copy of that build.
 */
const publishAndWait = async (change: () => Promise<void>, pagePath: () => string) => {
  const since = Date.now()
  await change()
  await waitForPublishedNow(since)
  const response = await fetch(`${site.url}${pagePath()}`)
  const html = await response.text()
  const beforeItsBuild = Date.parse((await lastSuccess()).at) < since
  const dir = await site.waitForBuild(since)
  const listings = listingPagesOf(dir)
  // outside the builds folder, which the builder prunes
  const copy = path.join(copies, path.basename(dir))
  fs.cpSync(dir, copy, { recursive: true })
  incremental.push({ kind: (await lastSuccess()).kind, dir: copy, listings })
  servedAtOnce.push({
    path: pagePath(),
    status: response.status,
    html,
    policy: response.headers.get('content-security-policy'),
    beforeItsBuild,
    build: copy,
  })
}

/**
 * A build's files that a visitor or the server reads, `_headers.json` as a map (its order is the
 * builder's), calendars without DTSTAMP (when the file was made: any two builds differ there).
 */
const filesOf = (dir: string) => {
  const files = new Map(
    [...readBuildFiles(path.join(dir, 'client'))].map(([file, text]) => [
      file,
      file.endsWith('.ics') ? text.replace(/^DTSTAMP:.*$/gm, '') : text,
    ]),
  )
  const headers = JSON.parse(fs.readFileSync(path.join(dir, '_headers.json'), 'utf8')) as {
    pathname: string
    headers: unknown
  }[]
  files.set(
    '_headers.json',
    JSON.stringify(
      Object.fromEntries(
        headers.map((h) => [h.pathname, h.headers]).sort(([a], [b]) => String(a).localeCompare(String(b))),
      ),
      null,
      1,
    ),
  )
  for (const manifest of ['practice-pages.json', 'listing-pages.json'])
    files.set(manifest, fs.readFileSync(path.join(dir, manifest), 'utf8'))
  return files
}

beforeAll(async () => {
  // no browser: the CMS, and the site server with its first (full) build done
  const sitePort = await freePort()
  cms = await startCms({
    template: process.env.REDCLOUD_TEST_TEMPLATE,
    port: await freePort(),
    env: {
      SITE_REBUILD_URL: `http://127.0.0.1:${sitePort}/__rebuild`,
      SITE_REBUILD_SECRET: 'e2e-site-rebuild-secret',
    },
  })
  const started = Date.now()
  site = await startSite({ cmsUrl: cms.url, port: sitePort })
  await site.waitForBuild(started)
  const admin = await token('admin')
  const national = await token('validator.national')
  live = (await api('practices?limit=3&depth=0&sort=createdAt')).body.docs as Doc[]
  const waiting = (
    await api('practices?limit=1&depth=0&draft=true&where[workflow.stage][equals]=national_review', admin)
  ).body.docs as Doc[]
  expect(waiting).toHaveLength(1)

  // a publication
  await publishAndWait(
    async () => {
      expect((await decide(String(waiting[0]!.id), 'approve', national)).status).toBe(200)
    },
    () => `/it/practices/${waiting[0]!.slug}/`,
  )
  // an archiving
  archived = live[0]!
  await publishAndWait(
    async () => {
      expect((await decide(String(archived.id), 'archive', national, 'Conclusa.')).status).toBe(200)
    },
    () => `/it/practices/${archived.slug}/`,
  )
  // an edit of a published practice: a revision, published by an administrator's override
  const edited = live[1]!
  await publishAndWait(
    async () => {
      const edit = await api(`practices/${edited.id}?draft=true`, admin, {
        method: 'PATCH',
        body: JSON.stringify({ title: 'Titolo rivisto 5c1e', summary: 'Sintesi rivista.', _status: 'draft' }),
      })
      expect(edit.status, JSON.stringify(edit.body)).toBe(200)
      const { body } = await api(`practices/${edited.id}/workflow`, admin)
      const override = await api(`practices/${edited.id}/workflow`, admin, {
        method: 'POST',
        body: JSON.stringify({
          action: 'override',
          to: 'published',
          comment: 'Revisione',
          revision: body.revision,
        }),
      })
      expect(override.status, JSON.stringify(override.body)).toBe(200)
    },
    () => `/it/practices/${edited.slug}/`,
  )
}, 600_000)

afterAll(async () => {
  fs.rmSync(copies, { recursive: true, force: true })
  await site?.stop()
  await cms?.stop()
})

describe('publishing incrementally (issue 18)', () => {
  it('each change is published by an incremental build', () => {
    expect(incremental.map((b) => b.kind)).toEqual(['incremental', 'incremental', 'incremental'])
  })

  it("a publication and an archiving render their language's listing pages again (each shows the count per theme); an edit only those that list the practice", () => {
    const [published, archiving, edit] = incremental.map((build) => build.listings)
    expect(published!.it).toMatchObject({ kept: 0 })
    expect(archiving!.it).toMatchObject({ kept: 0 })
    expect(edit!.it.rendered).toBeGreaterThan(0)
    expect(edit!.it.kept).toBeGreaterThan(edit!.it.rendered)
    expect(edit!.all.kept).toBeGreaterThan(edit!.all.rendered)
  })

  it("a practice's own page is served at once, before the build that brings its listings", () => {
    expect(servedAtOnce.map((page) => [page.status, page.beforeItsBuild])).toEqual([
      [200, true],
      [404, true],
      [200, true],
    ])
    expect(servedAtOnce[2]!.html).toContain('Titolo rivisto 5c1e')
  })

  it('what is served at once is byte for byte what the build then writes, with the same policy', () => {
    for (const page of servedAtOnce.filter((served) => served.status === 200)) {
      const built = fs.readFileSync(path.join(page.build, 'client', page.path, 'index.html'), 'utf8')
      expect(page.html, page.path).toBe(built)
      const headers = JSON.parse(fs.readFileSync(path.join(page.build, '_headers.json'), 'utf8')) as {
        pathname: string
        headers: { key: string; value: string }[]
      }[]
      const policy = headers
        .find((entry) => entry.pathname === page.path || entry.pathname === page.path.slice(0, -1))
        ?.headers.find((header) => header.key.toLowerCase() === 'content-security-policy')?.value
      expect(page.policy, page.path).toBe(policy)
    }
  })

  it('the renderer answers only the site server (its secret), only for public practices, and refuses hostile ids', async () => {
    const render = (id: string, headers: Record<string, string> = {}, locale = 'it') =>
      fetch(`${site.url}/render/practices/${locale}/${id}/`, { headers, redirect: 'manual' })
    const bearer = { Authorization: `Bearer ${site.secret}` }
    const published = String(live[2]!.id)
    expect((await render(published)).status).toBe(404)
    expect((await render(published, { Authorization: 'Bearer wrong' })).status).toBe(404)
    expect((await render(published, { Authorization: site.secret })).status).toBe(404)
    const page = await render(published, bearer)
    expect(page.status).toBe(200)
    expect(page.headers.get('x-redcloud-page')).toBe(`/it/practices/${live[2]!.slug}/`)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect((await render(String(archived.id), bearer)).status).toBe(410)
    for (const hostile of ['..%2F..%2Fetc', '1%20or%201=1', 'a'.repeat(200), '%00', '999999'])
      expect([404, 410], hostile).toContain((await render(hostile, bearer)).status)
    expect((await render(published, bearer, 'xx')).status).toBe(404)
  })

  it('after a publication, an archiving and an edit, the site is identical to a full build of the same data', async () => {
    const since = Date.now()
    // a notification that names nothing: everything is rebuilt
    await fetch(`${site.url}/__rebuild`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${site.secret}` },
      body: '{}',
    })
    const full = await site.waitForBuild(since)
    expect((await lastSuccess()).kind).toBe('full')
    const expected = filesOf(full)
    const actual = filesOf(incremental.at(-1)!.dir)
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    const differing = [...expected]
      .filter(([file, text]) => actual.get(file) !== text)
      .map(([file, text]) => {
        const other = actual.get(file) ?? ''
        let at = 0
        while (at < text.length && text[at] === other[at]) at += 1
        return `${file} at ${at}: full «${text.slice(Math.max(0, at - 80), at + 160)}» incremental «${other.slice(Math.max(0, at - 80), at + 160)}»`
      })
    expect(differing).toEqual([])
  }, 300_000)

  it('no page, listing, feed, open-data record or search entry of the archived practice remains', () => {
    const files = filesOf(incremental.at(-1)!.dir)
    const mentions = [...files].filter(
      ([, text]) => text.includes(`/practices/${archived.slug}/`) || text.includes(archived.title),
    )
    expect(mentions.map(([file]) => file)).toEqual([])
    expect([...files.keys()].some((file) => file.includes(`practices/${archived.slug}/`))).toBe(false)
  })
})
