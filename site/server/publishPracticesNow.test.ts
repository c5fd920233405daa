import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createBuilder } from './createBuilder.ts'
import { createPageOverlay, type PageOverlay } from './createPageOverlay.ts'
import { createSiteServer } from './createSiteServer.ts'
import { PRACTICE_PAGE_IDS_FILE } from './buildManifests.ts'
import { publishPracticesNow } from './publishPracticesNow.ts'
import type { RenderedPractice } from './renderPracticePages.ts'
import { fakeBuilderOptions } from './fixtures/fakeBuilderOptions.ts'
import { switchCurrentBuild } from './switchCurrentBuild.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let dir: string
let buildsDir: string
let liveDir: string
let overlay: PageOverlay

/** A live build holding these practice pages ("<locale>/<slug>" → practice id). */
const liveBuild = (pages: Record<string, string>) => {
  liveDir = path.join(buildsDir, 'b1')
  for (const key of Object.keys(pages)) {
    const [locale, slug] = key.split('/')
    const file = path.join(liveDir, 'client', locale!, 'practices', slug!, 'index.html')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, `<h1>built ${key}</h1>`)
  }
  fs.mkdirSync(path.join(liveDir, 'client'), { recursive: true })
  fs.writeFileSync(path.join(liveDir, 'client', 'index.html'), '<h1>home</h1>')
  fs.writeFileSync(
    path.join(liveDir, PRACTICE_PAGE_IDS_FILE),
    JSON.stringify({ locales: ['it', 'en'], pages }),
  )
  switchCurrentBuild({ buildsDir, build: 'b1' })
}

/** A renderer answering these pages per practice id (missing: not public). */
const rendererOf =
  (pages: Record<string, string[]>) =>
  async ({ practiceIds }: { practiceIds: string[] }): Promise<RenderedPractice[]> =>
    practiceIds.map((practiceId) => ({
      practiceId,
      pages: (pages[practiceId] ?? []).map((pagePath) => ({
        path: pagePath,
        html: `<h1>now ${pagePath}</h1>`,
        policy: `default-src 'self'; style-src 'sha256-${practiceId}'`,
      })),
    }))

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-publish-now-'))
  buildsDir = path.join(dir, 'builds')
  fs.mkdirSync(buildsDir)
  overlay = createPageOverlay({ dir: path.join(buildsDir, '.published-now') })
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('publishing a practice at once, between builds (issue 18)', () => {
  it('a new practice gets its pages; a withdrawn one and an old slug answer 404 instead of the build', async () => {
    liveBuild({ 'it/orti': '7', 'en/orti': '7', 'it/vecchio': '9', 'en/vecchio': '9', 'it/altro': '3' })
    const counts = await publishPracticesNow({
      practiceIds: ['12', '7', '9'],
      currentDir: liveDir,
      overlay,
      at: 1000,
      // 12 is new; 7 is archived; 9 has a new slug in Italian and is no longer in English
      render: rendererOf({
        '12': ['/it/practices/nuova/', '/en/practices/nuova/'],
        '9': ['/it/practices/nuovo/'],
      }),
    })
    expect(counts).toEqual({ pages: 3, gone: 4 })
    expect(overlay.lookup('/it/practices/nuova/')).toMatchObject({ kind: 'page', practiceId: '12' })
    expect(overlay.lookup('/it/practices/nuovo/')).toMatchObject({ kind: 'page', practiceId: '9' })
    for (const gone of [
      '/it/practices/orti/',
      '/en/practices/orti/',
      '/it/practices/vecchio/',
      '/en/practices/vecchio/',
    ])
      expect(overlay.lookup(gone), gone).toMatchObject({ kind: 'gone' })
    // an unrelated practice stays the build's
    expect(overlay.lookup('/it/practices/altro/')).toBeUndefined()
  })

  it('a second publication of the same practice replaces the first: its earlier slug goes, nothing else', async () => {
    liveBuild({ 'it/altro': '3' })
    await publishPracticesNow({
      practiceIds: ['12', '3'],
      currentDir: liveDir,
      overlay,
      at: 1000,
      render: rendererOf({ '12': ['/it/practices/prima/'], '3': ['/it/practices/altro/'] }),
    })
    await publishPracticesNow({
      practiceIds: ['12'],
      currentDir: liveDir,
      overlay,
      at: 2000,
      render: rendererOf({ '12': ['/it/practices/seconda/'] }),
    })
    expect(overlay.lookup('/it/practices/prima/')).toMatchObject({ kind: 'gone', at: 2000 })
    expect(overlay.lookup('/it/practices/seconda/')).toMatchObject({ kind: 'page', at: 2000 })
    expect(overlay.lookup('/it/practices/altro/')).toMatchObject({ kind: 'page', at: 1000 })
    // a build that started between the two holds the first, not the second
    overlay.dropBefore(1500)
    expect(overlay.lookup('/it/practices/altro/')).toBeUndefined()
    expect(overlay.lookup('/it/practices/seconda/')).toMatchObject({ kind: 'page' })
    expect(overlay.size()).toBe(2)
  })

  it('a renderer that fails publishes nothing', async () => {
    liveBuild({ 'it/altro': '3' })
    await expect(
      publishPracticesNow({
        practiceIds: ['3'],
        currentDir: liveDir,
        overlay,
        render: async () => {
          throw new Error('the renderer answered 500 for practice 3 in it')
        },
      }),
    ).rejects.toThrow('500')
    expect(overlay.size()).toBe(0)
  })

  it('the site server serves the overlay over the live build (GET and HEAD, its policy), 404 for gone pages', async () => {
    liveBuild({ 'it/orti': '7', 'it/altro': '3' })
    fs.writeFileSync(path.join(liveDir, 'client', '404.html'), '<h1>not here</h1>')
    await publishPracticesNow({
      practiceIds: ['12', '7'],
      currentDir: liveDir,
      overlay,
      render: rendererOf({ '12': ['/it/practices/nuova/'] }),
    })
    const builder = createBuilder({
      buildsDir,
      command: 'false',
      cwd: dir,
      debounceMs: 60_000,
      log: () => {},
    })
    const server = createSiteServer({ buildsDir, builder, secret: 's', overlay, log: () => {} })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const fresh = await fetch(`${base}/it/practices/nuova/?utm=x`)
      expect(fresh.status).toBe(200)
      expect(await fresh.text()).toBe('<h1>now /it/practices/nuova/</h1>')
      expect(fresh.headers.get('content-security-policy')).toBe("default-src 'self'; style-src 'sha256-12'")
      expect(fresh.headers.get('content-type')).toMatch(/^text\/html/)
      expect((await fetch(`${base}/it/practices/nuova/`, { method: 'HEAD' })).status).toBe(200)
      const bare = await fetch(`${base}/it/practices/nuova`, { redirect: 'manual' })
      expect([bare.status, bare.headers.get('location')]).toEqual([301, '/it/practices/nuova/'])
      const gone = await fetch(`${base}/it/practices/orti/`)
      expect(gone.status).toBe(404)
      expect(await gone.text()).toBe('<h1>not here</h1>')
      expect(await (await fetch(`${base}/it/practices/altro/`)).text()).toBe('<h1>built it/altro</h1>')
    } finally {
      await new Promise((resolve) => server.close(resolve))
      await builder.close()
    }
  })

  it('the builder publishes changed practices at once, then drops them when the build that follows goes live', async () => {
    liveBuild({ 'it/altro': '3' })
    const control = path.join(dir, 'control.json')
    fs.writeFileSync(control, JSON.stringify({ label: 'next', sleepMs: 300 }))
    const published: string[][] = []
    const builder = createBuilder({
      ...fakeBuilderOptions({ buildsDir, dir, control }),
      publishNow: async ({ practiceIds, currentDir, at }) => {
        published.push(practiceIds)
        return publishPracticesNow({
          practiceIds,
          currentDir,
          overlay,
          at,
          render: rendererOf({ '3': ['/it/practices/altro/'] }),
        })
      },
      onLive: (startedAt) => overlay.dropBefore(startedAt),
    })
    try {
      builder.notify('practice 3 published', { practices: ['3'] })
      // another collection: nothing to publish at once
      builder.notify('a guide changed', 'everything')
      for (let i = 0; i < 40 && !builder.status().lastPublishedNow; i++) await sleep(25)
      expect(builder.status().lastPublishedNow).toMatchObject({ pages: 1, gone: 0 })
      expect(overlay.lookup('/it/practices/altro/')).toMatchObject({ kind: 'page' })
      await builder.whenIdle()
      expect(published).toEqual([['3']])
      expect(builder.status().lastSuccess).not.toBeNull()
      expect(overlay.size()).toBe(0)
    } finally {
      await builder.close()
    }
  })

  it('without a live build nothing is published at once, and a failure is only logged', async () => {
    const logs: string[] = []
    const builder = createBuilder({
      buildsDir,
      command: 'false',
      cwd: dir,
      debounceMs: 60_000,
      log: (message) => logs.push(message),
      publishNow: async () => {
        throw new Error('the CMS is down')
      },
    })
    try {
      builder.notify('practice 3 published', { practices: ['3'] })
      await sleep(100)
      expect(logs.some((line) => line.includes('not published at once'))).toBe(false)
      liveBuild({ 'it/altro': '3' })
      builder.notify('practice 3 published', { practices: ['3'] })
      for (let i = 0; i < 40 && !logs.some((line) => line.includes('not published at once')); i++)
        await sleep(25)
      expect(logs.find((line) => line.includes('not published at once'))).toContain('the CMS is down')
      expect(builder.status().lastPublishedNow).toBeNull()
    } finally {
      await builder.close()
    }
  })
})
