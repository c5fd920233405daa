import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { writeBuildInfo } from './buildInfo.ts'
import { linkUnchangedPages } from './linkUnchangedPages.ts'
import { planIncrementalBuild } from './planIncrementalBuild.ts'
import { runIncrementalBuild } from './runIncrementalBuild.ts'
import { mergeSiteChanges } from './siteChanges.ts'

let dir: string
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), text)
}
const listings = ['/it/practices/', '/it/practices/page/2/', '/it/practices/page/3/']
const page = (build: string, key: string) => `${build}/client/${key.replace('/', '/practices/')}/index.html`

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-incremental-'))
  // the live build: three practice pages, three listing pages and their fingerprints
  write('live/practice-pages.json', JSON.stringify({ 'it/a': 'fa', 'it/b': 'fb', 'it/c': 'fc' }))
  for (const key of ['it/a', 'it/b', 'it/c']) write(page('live', key), `<h1>${key} live</h1>`)
  write('live/listing-pages.json', JSON.stringify(Object.fromEntries(listings.map((p, i) => [p, `l${i}`]))))
  for (const pathname of listings) write(`live/client${pathname}index.html`, `<h1>${pathname} live</h1>`)
  write(
    'live/_headers.json',
    JSON.stringify([
      ...['a', 'b', 'c'].map((slug) => ({ pathname: `/it/practices/${slug}/`, headers: [slug] })),
      ...listings.map((pathname) => ({ pathname, headers: [pathname] })),
    ]),
  )
  writeBuildInfo(path.join(dir, 'live'), {
    kind: 'full',
    inputsHash: 'h1',
    fullBuildAt: new Date().toISOString(),
  })
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('incremental builds (issue 18)', () => {
  it('plan: incremental against the live build fingerprints; full for anything else or other sources', () => {
    const currentDir = path.join(dir, 'live')
    expect(
      planIncrementalBuild({ currentDir, changes: { practices: ['1'] }, inputsHash: 'h1' }),
    ).toMatchObject({
      practiceIds: ['1'],
      previousPages: path.join(currentDir, 'practice-pages.json'),
      previousListings: path.join(currentDir, 'listing-pages.json'),
    })
    expect(planIncrementalBuild({ currentDir, changes: 'everything', inputsHash: 'h1' })).toBeNull()
    expect(planIncrementalBuild({ currentDir, changes: { practices: ['1'] }, inputsHash: 'h2' })).toBeNull()
    expect(
      planIncrementalBuild({ currentDir: null, changes: { practices: ['1'] }, inputsHash: 'h1' }),
    ).toBeNull()
    expect(mergeSiteChanges({ practices: ['1'] }, { practices: ['2', '1'] })).toEqual({
      practices: ['1', '2'],
    })
    expect(mergeSiteChanges({ practices: ['1'] }, 'everything')).toBe('everything')
    // a live build from before listing pages had fingerprints
    fs.rmSync(path.join(currentDir, 'listing-pages.json'))
    expect(planIncrementalBuild({ currentDir, changes: { practices: ['1'] }, inputsHash: 'h1' })).toBeNull()
  })

  it('links the pages it did not render, drops those of practices gone, never writes the live build', async () => {
    // "a" archived; "b" rendered again (its fingerprint changed); "c" unchanged
    write('next/practice-pages.json', JSON.stringify({ 'it/b': 'fb2', 'it/c': 'fc' }))
    write(page('next', 'it/b'), '<h1>it/b new</h1>')
    // the first listing page rendered again, the second unchanged, the third no longer made
    write(
      'next/listing-pages.json',
      JSON.stringify({ '/it/practices/': 'l0b', '/it/practices/page/2/': 'l1' }),
    )
    write('next/client/it/practices/index.html', '<h1>first page new</h1>')
    write(
      'next/_headers.json',
      JSON.stringify([
        { pathname: '/it/practices/b/', headers: ['b2'] },
        { pathname: '/it/practices/', headers: ['first'] },
      ]),
    )
    const counts = await linkUnchangedPages({
      currentDir: path.join(dir, 'live'),
      outDir: path.join(dir, 'next'),
    })
    expect(counts).toEqual({ rendered: 2, linked: 2 })
    expect(fs.existsSync(path.join(dir, 'next/client/it/practices/page/3/index.html'))).toBe(false)
    expect(fs.readFileSync(path.join(dir, 'next/client/it/practices/index.html'), 'utf8')).toBe(
      '<h1>first page new</h1>',
    )
    expect(fs.statSync(path.join(dir, 'next/client/it/practices/page/2/index.html')).ino).toBe(
      fs.statSync(path.join(dir, 'live/client/it/practices/page/2/index.html')).ino,
    )
    expect(fs.existsSync(path.join(dir, page('next', 'it/a')))).toBe(false)
    expect(fs.readFileSync(path.join(dir, page('next', 'it/b')), 'utf8')).toBe('<h1>it/b new</h1>')
    expect(fs.statSync(path.join(dir, page('next', 'it/c'))).ino).toBe(
      fs.statSync(path.join(dir, page('live', 'it/c'))).ino,
    )
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'next/_headers.json'), 'utf8'))).toEqual([
      { pathname: '/it/practices/', headers: ['first'] },
      { pathname: '/it/practices/b/', headers: ['b2'] },
      { pathname: '/it/practices/c/', headers: ['c'] },
      { pathname: '/it/practices/page/2/', headers: ['/it/practices/page/2/'] },
    ])
    expect(fs.readFileSync(path.join(dir, page('live', 'it/b')), 'utf8')).toBe('<h1>it/b live</h1>')
    expect(fs.statSync(path.join(dir, 'live/_headers.json')).nlink).toBe(1)
  })

  it('refuses when a page to keep is missing from the live build', async () => {
    write('next/practice-pages.json', JSON.stringify({ 'it/z': 'fz' }))
    write('next/listing-pages.json', '{}')
    await expect(
      linkUnchangedPages({ currentDir: path.join(dir, 'live'), outDir: path.join(dir, 'next') }),
    ).rejects.toThrow(/no \/it\/practices\/z\//)
  })

  it("appends both commands' output and the linking's figures to the build's log", async () => {
    const plan = planIncrementalBuild({
      currentDir: path.join(dir, 'live'),
      changes: { practices: ['1'] },
      inputsHash: 'h1',
    })!
    const logFile = path.join(dir, 'next.log')
    const result = await runIncrementalBuild({
      plan,
      outDir: path.join(dir, 'next'),
      planFile: path.join(dir, '.partial.json'),
      commands: {
        command: `mkdir -p "$SITE_OUT_DIR" && echo '{"it/a":"fa","it/b":"fb","it/c":"fc"}' > "$SITE_OUT_DIR/practice-pages.json" && cp live/listing-pages.json "$SITE_OUT_DIR/" && echo '[]' > "$SITE_OUT_DIR/_headers.json" && echo rendering done`,
        indexCommand: 'echo indexing done >&2',
      },
      cwd: dir,
      env: process.env,
      timeoutMs: 30_000,
      onSpawn: () => {},
      logFile,
    })
    expect(result).toEqual({ failure: null, rendered: 0, linked: 6 })
    expect(fs.readFileSync(logFile, 'utf8')).toMatch(
      /rendering done\n\[site server\] 6 unchanged practice and listing pages linked from the live build in \d+ ms\nindexing done\n/,
    )
  })
})
