/**
 * `npm run bench:site`: the public site's budgets, from the build output. Per size N
 * (BENCH_SITE_PRACTICES, default "1000,10000"): seeds a fresh SQLite database with N published
 * practices in four languages, serves it with the production CMS (`next start`) and times the
 * site's own build (`npm run build -w site`: astro build + Pagefind) into a folder of its own.
 * On the first build it also weighs the pages over the wire, checks a practice reads without
 * JavaScript and runs Lighthouse (mobile) through the site's server. Prints the figures with
 * their targets; asserts nothing.
 */
import { execFileSync, spawn } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'

import { startCms } from '@redcloud/testing/startCms'
import { freePort } from '@redcloud/testing/freePort'
import { pagefindWeight, type PagefindWeight } from './pagefindWeight'
import { pageWeight, type PageWeight } from './pageWeight'
import { runLighthouse, type LighthouseResult } from './runLighthouse'
import { startSiteServer } from './startSiteServer'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SIZES = (process.env.BENCH_SITE_PRACTICES ?? '1000,10000').split(',').map(Number)
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_SITE_LIGHTHOUSE_RUNS ?? 3)
const LOCALE = 'en'
const BUILD_TARGET_1000_S = 90
const PROBE_LIMIT_S = Number(process.env.BENCH_SITE_PROBE_LIMIT_S ?? 120)
const PRACTICE_TARGET = 30_000
const CATALOGUE_TARGET = 60_000
/** The national map (server-rendered SVG, no tiles): issue 14. */
const MAP_TARGET = 60_000
/** The impact page adds indicators up across practices: held like a catalogue page. */
const IMPACT_TARGET = 60_000
/** The Development Desk's list of calls, the Hub, its trainings, the volunteer calendar: listings, held like the catalogue. */
const LISTING_TARGET = 60_000

type Build = {
  practices: number
  seedSeconds: number
  /** null when the build was stopped at its time limit or failed. */
  seconds: null | number
  astroSeconds: null | number
  syncSeconds: null | number
  renderSeconds: null | number
  pagefindSeconds: null | number
  pages: number
  limitSeconds: number
  failure: null | string
  /** Seconds the CMS takes for one page of 100 practices as the loader asks for it, first and last page. */
  cmsPage: { first: null | number; last: null | number; pages: number }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const s = (seconds: null | number) => (seconds === null ? '—' : `${seconds.toFixed(1)} s`)
const mark = (isMet: boolean) => (isMet ? 'met' : 'MISSED')
const log = (line: string) => console.error(`[bench:site] ${line}`)

/**
 * Times one of the loader's requests (a page of 100 practices in one language, depth 1, newest
 * first); null when the CMS has not answered within `limitSeconds`.
 */
/** One batch of 100 practices as the site's loader reads it: by id, from `after` on, no count. */
const timeCmsPage = async ({
  cmsUrl,
  after,
  limitSeconds,
}: {
  cmsUrl: string
  after: null | number | string
  limitSeconds: number
}) => {
  const params = new URLSearchParams({
    depth: '0',
    sort: 'id',
    pagination: 'false',
    'where[_status][equals]': 'published',
    locale: LOCALE,
    'fallback-locale': 'none',
    limit: '100',
  })
  if (after !== null) params.set('where[id][greater_than]', String(after))
  const started = performance.now()
  try {
    const response = await fetch(`${cmsUrl}/api/practices?${params.toString()}`, {
      signal: AbortSignal.timeout(limitSeconds * 1000),
    })
    await response.arrayBuffer()
    return (performance.now() - started) / 1000
  } catch {
    return null
  }
}

/** Runs a command, its output into a file, and kills it past `limitSeconds`. */
const timed = (
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  limitSeconds: number,
) =>
  new Promise<{ seconds: number; code: null | number; isTimedOut: boolean }>((resolve) => {
    const out = fs.openSync(logFile, 'a')
    const started = performance.now()
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', out, out], detached: true })
    let isTimedOut = false
    const timer = setTimeout(() => {
      isTimedOut = true
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    }, limitSeconds * 1000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      fs.closeSync(out)
      resolve({ seconds: (performance.now() - started) / 1000, code, isTimedOut })
    })
  })

/** Seconds between two "HH:MM:SS" log stamps of the lines matching `from` and `to`. */
const between = (text: string, from: RegExp, to: RegExp) => {
  const stamp = (re: RegExp) => {
    const line = text.split('\n').find((l) => re.test(l))
    const match = line && /(\d\d):(\d\d):(\d\d)/.exec(line)
    return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : null
  }
  const [a, b] = [stamp(from), stamp(to)]
  return a === null || b === null ? null : (b - a + 86_400) % 86_400
}

const countHtml = (dir: string): number =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
    : 0

const decodeEntities = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')

/** The practice's title and description paragraphs, read from the CMS, all present as text in the page's <main>? */
const readsWithoutJs = async ({ cmsUrl, html, slug }: { cmsUrl: string; html: string; slug: string }) => {
  const params = new URLSearchParams({
    'where[slug][equals]': slug,
    locale: LOCALE,
    depth: '0',
    'select[title]': 'true',
    'select[description]': 'true',
  })
  const { docs } = (await (await fetch(`${cmsUrl}/api/practices?${params.toString()}`)).json()) as {
    docs: { title: string; description: unknown }[]
  }
  const doc = docs[0]
  if (!doc) return { isReadable: false, missing: ['the practice itself (not found in the CMS)'] }
  const texts: string[] = [doc.title]
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { text, children } = node as { text?: string; children?: unknown[] }
    if (typeof text === 'string' && text.length > 20) texts.push(text)
    for (const child of children ?? []) walk(child)
  }
  walk((doc.description as { root?: unknown } | null)?.root)
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? ''
  const visible = decodeEntities(
    main
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  )
  const missing = texts.filter((text) => !visible.includes(text.replace(/\s+/g, ' ')))
  return { isReadable: texts.length > 1 && missing.length === 0, checked: texts.length, missing }
}

type Weights = {
  home: PageWeight
  catalogue: PageWeight
  map: PageWeight
  impact: PageWeight
  desk: PageWeight
  resources: PageWeight
  hub: PageWeight
  trainings: PageWeight
  volunteer: PageWeight
  search: PageWeight
  pagefind: PagefindWeight
  practiceMedian: PageWeight
  practiceMax: PageWeight
  practicePages: number
  noJs: Awaited<ReturnType<typeof readsWithoutJs>>
}

const measureWeights = async ({
  clientDir,
  cmsUrl,
}: {
  clientDir: string
  cmsUrl: string
}): Promise<Weights> => {
  const practicesDir = path.join(clientDir, LOCALE, 'practices')
  const listings = new Set(['theme', 'group', 'region', 'page'])
  const practices = fs
    .readdirSync(practicesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !listings.has(entry.name))
    .map((entry) => pageWeight({ clientDir, page: `/${LOCALE}/practices/${entry.name}/` }))
    .sort((a, b) => a.wireBytes - b.wireBytes)
  const practiceMax = practices.at(-1)
  const practiceMedian = practices[Math.floor(practices.length / 2)]
  if (!practiceMax || !practiceMedian) throw new Error(`No practice pages in ${practicesDir}.`)
  const slug = practiceMax.page.split('/').at(-2) ?? ''
  const html = fs.readFileSync(path.join(clientDir, LOCALE, 'practices', slug, 'index.html'), 'utf8')
  return {
    home: pageWeight({ clientDir, page: `/${LOCALE}/` }),
    catalogue: pageWeight({ clientDir, page: `/${LOCALE}/practices/` }),
    map: pageWeight({ clientDir, page: `/${LOCALE}/map/` }),
    impact: pageWeight({ clientDir, page: `/${LOCALE}/impact/` }),
    desk: pageWeight({ clientDir, page: `/${LOCALE}/desk/` }),
    resources: pageWeight({ clientDir, page: `/${LOCALE}/desk/resources/` }),
    hub: pageWeight({ clientDir, page: `/${LOCALE}/hub/` }),
    trainings: pageWeight({ clientDir, page: `/${LOCALE}/hub/trainings/` }),
    volunteer: pageWeight({ clientDir, page: `/${LOCALE}/volunteer/` }),
    search: pageWeight({ clientDir, page: `/${LOCALE}/search/` }),
    pagefind: pagefindWeight({ clientDir, locale: LOCALE }),
    practiceMedian,
    practiceMax,
    practicePages: practices.length,
    noJs: await readsWithoutJs({ cmsUrl, html, slug }),
  }
}

const benchSize = async ({
  practices,
  workDir,
  limitSeconds,
  onBuilt,
}: {
  practices: number
  workDir: string
  limitSeconds: number
  onBuilt: (args: { buildDir: string; cmsUrl: string }) => Promise<void>
}): Promise<Build> => {
  const dir = path.join(workDir, `n${practices}`)
  fs.mkdirSync(dir, { recursive: true })
  const database = path.join(dir, 'cms.db')
  log(`N=${practices}: seeding ${database}`)
  const seedStarted = performance.now()
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'bench/seedSitePractices.ts')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PAYLOAD_LOG_LEVEL: 'error',
      DATABASE_URL: `file:${database}`,
      REDCLOUD_DATA_DIR: path.join(dir, 'data'),
      BENCH_SITE_SEED_COUNT: String(practices),
    },
  })
  const seedSeconds = (performance.now() - seedStarted) / 1000
  const cms = await startCms({ template: database, port: await freePort() })
  try {
    const pages = Math.ceil(practices / 100)
    const first = await timeCmsPage({ cmsUrl: cms.url, after: null, limitSeconds: PROBE_LIMIT_S })
    const newest = (await (
      await fetch(`${cms.url}/api/practices?sort=-id&limit=101&pagination=false&depth=0&select[slug]=true`)
    ).json()) as { docs: { id: number | string }[] }
    const last =
      first === null
        ? null
        : await timeCmsPage({
            cmsUrl: cms.url,
            after: newest.docs.at(-1)?.id ?? null,
            limitSeconds: PROBE_LIMIT_S,
          })
    const cmsPage = { first, last, pages }
    const probe = (seconds: null | number) =>
      seconds === null ? `more than ${s(PROBE_LIMIT_S)}` : s(seconds)
    log(
      `N=${practices}: CMS at ${cms.url}; a batch of 100 practices takes ${probe(cmsPage.first)} (the first), ${probe(cmsPage.last)} (the last of ${pages})`,
    )
    if (first === null)
      return {
        practices,
        seedSeconds,
        seconds: null,
        astroSeconds: null,
        syncSeconds: null,
        renderSeconds: null,
        pagefindSeconds: null,
        pages: 0,
        limitSeconds,
        cmsPage,
        failure: `not started: the CMS did not answer the loader's first request within ${s(PROBE_LIMIT_S)}`,
      }
    const buildDir = path.join(dir, 'build')
    const logFile = path.join(dir, 'build.log')
    log(
      `N=${practices}: npm run build -w site → ${buildDir} (log: ${logFile}, stopped after ${s(limitSeconds)})`,
    )
    const run = await timed(
      'npm',
      ['run', 'build', '-w', 'site'],
      {
        ...process.env,
        CMS_URL: cms.url,
        SITE_OUT_DIR: buildDir,
        SITE_CACHE_DIR: path.join(dir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      logFile,
      limitSeconds,
    )
    const output = fs.readFileSync(logFile, 'utf8')
    const pagefindSeconds = /Finished in ([\d.]+) seconds/.exec(output)?.[1]
    const renderSeconds = /prerendering static routes[\s\S]*?Completed in ([\d.]+)(m?s)/.exec(output)
    const isOk = run.code === 0 && !run.isTimedOut
    const build: Build = {
      practices,
      seedSeconds,
      seconds: isOk ? run.seconds : null,
      pagefindSeconds: pagefindSeconds ? Number(pagefindSeconds) : null,
      astroSeconds: isOk && pagefindSeconds ? run.seconds - Number(pagefindSeconds) : null,
      syncSeconds: between(output, /\[content\] Syncing content/, /\[content\] Synced content/),
      renderSeconds: renderSeconds ? Number(renderSeconds[1]) / (renderSeconds[2] === 'ms' ? 1000 : 1) : null,
      pages: countHtml(path.join(buildDir, 'client')),
      limitSeconds,
      cmsPage,
      failure: run.isTimedOut
        ? `stopped after ${s(run.seconds)}: ${/Synced content/.test(output) ? 'rendering' : 'still reading the CMS (content sync)'}`
        : run.code !== 0
          ? `exit code ${run.code}: ${output.split('\n').slice(-15).join('\n')}`
          : null,
    }
    log(`N=${practices}: ${build.failure ?? `built ${build.pages} pages in ${s(build.seconds)}`}`)
    if (isOk) await onBuilt({ buildDir, cmsUrl: cms.url })
    return build
  } finally {
    await cms.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const main = async () => {
  // The build goes inside the site folder (like the rebuild service's), so its server chunks
  // resolve the site's packages; /site/builds*/ is git-ignored.
  const workDir = fs.mkdtempSync(path.join(root, 'site/builds-bench-'))
  const builds: Build[] = []
  let weights: null | Weights = null
  const lighthouse: LighthouseResult[] = []
  try {
    for (const practices of SIZES) {
      const reference = builds.find((b) => b.practices === 1000 && b.seconds !== null)?.seconds
      const target = practices <= 1000 ? BUILD_TARGET_1000_S : 10 * (reference ?? BUILD_TARGET_1000_S)
      const limitSeconds = Number(
        // A loaded machine may take far longer than the target: the small build still gets a figure.
        process.env.BENCH_SITE_BUILD_LIMIT_S ?? Math.ceil(target * (practices <= 1000 ? 3 : 1.2)),
      )
      builds.push(
        await benchSize({
          practices,
          workDir,
          limitSeconds,
          onBuilt: async ({ buildDir, cmsUrl }) => {
            if (weights) return
            weights = await measureWeights({ clientDir: path.join(buildDir, 'client'), cmsUrl })
            const site = await startSiteServer({ buildDir, port: await freePort(), workDir })
            try {
              const practice = weights.practiceMax.page
              for (const page of [
                `/${LOCALE}/`,
                `/${LOCALE}/practices/`,
                practice,
                `/${LOCALE}/search/`,
                `/${LOCALE}/map/`,
                `/${LOCALE}/desk/`,
              ]) {
                log(`Lighthouse (${LIGHTHOUSE_RUNS} runs) ${site.url}${page}`)
                lighthouse.push(
                  await runLighthouse({ url: `${site.url}${page}`, runs: LIGHTHOUSE_RUNS, workDir }),
                )
              }
            } finally {
              await site.stop()
            }
          },
        }),
      )
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
  report({ builds, weights, lighthouse })
}

const report = ({
  builds,
  weights,
  lighthouse,
}: {
  builds: Build[]
  weights: null | Weights
  lighthouse: LighthouseResult[]
}) => {
  const out = (line = '') => console.log(line)
  out(`\nPublic site benchmark — SQLite, ${os.cpus().length} cores, Node ${process.version}`)
  out('\nBuild (npm run build -w site: astro build + Pagefind; 4 languages, cold cache):')
  const reference = builds.find((b) => b.practices === 1000)?.seconds ?? null
  for (const build of builds) {
    const target =
      build.practices <= 1000
        ? { seconds: BUILD_TARGET_1000_S, text: `≤ ${BUILD_TARGET_1000_S} s` }
        : { seconds: 10 * (reference ?? BUILD_TARGET_1000_S), text: `≤ 10 × the 1 000 build` }
    const status = build.seconds === null ? 'MISSED' : mark(build.seconds <= target.seconds)
    out(
      `  ${build.practices} practices: ${build.seconds === null ? `not finished (${build.failure})` : s(build.seconds)}  target ${target.text} (${s(target.seconds)}): ${status}`,
    )
    out(
      `    ${build.pages} pages; content sync from the CMS ${s(build.syncSeconds)}, prerendering ${s(build.renderSeconds)}, Pagefind ${s(build.pagefindSeconds)}; seeding took ${s(build.seedSeconds)}`,
    )
    out(
      `    the CMS answers a batch of 100 practices (one language, by id) in ${build.cmsPage.first === null ? `more than ${s(PROBE_LIMIT_S)}` : s(build.cmsPage.first)} for the first, ${build.cmsPage.last === null ? `more than ${s(PROBE_LIMIT_S)}` : s(build.cmsPage.last)} for the last; the loader asks for 4 × ${build.cmsPage.pages} batches`,
    )
  }
  if (weights) {
    const w = weights
    out(
      `\nWeight over the wire (gzip -9; HTML + CSS + JS loaded on first view; 1 kB = 1000 bytes), /${LOCALE}/:`,
    )
    const line = (label: string, weight: PageWeight, target?: number) =>
      out(
        `  ${label.padEnd(30)} ${kb(weight.wireBytes).padStart(9)}  (${weight.resources.map((r) => `${r.kind} ${kb(r.wireBytes)}`).join(', ')})${target ? `  target ≤ ${kb(target)}: ${mark(weight.wireBytes <= target)}` : ''}`,
      )
    line('practice page, heaviest', w.practiceMax, PRACTICE_TARGET)
    line(`practice page, median of ${w.practicePages}`, w.practiceMedian, PRACTICE_TARGET)
    line('catalogue /practices/', w.catalogue, CATALOGUE_TARGET)
    line('map /map/ (SVG, no tiles)', w.map, MAP_TARGET)
    line('impact /impact/', w.impact, IMPACT_TARGET)
    line('desk /desk/ (funding calls)', w.desk, LISTING_TARGET)
    line('toolbox /desk/resources/', w.resources, LISTING_TARGET)
    line('Innovation Hub /hub/', w.hub, LISTING_TARGET)
    line('trainings /hub/trainings/', w.trainings, LISTING_TARGET)
    line('volunteer /volunteer/', w.volunteer, LISTING_TARGET)
    line('home', w.home)
    line('search page', w.search)
    const pf = w.pagefind
    out(
      `  search, on the first query: +${kb(pf.startupBytes)} Pagefind (${pf.startup.map((f) => `${f.file} ${kb(f.wireBytes)}`).join(', ')}) + ${kb(pf.filterBytes)} filters`,
    )
    out(
      `    per query: index chunks of ${kb(pf.indexChunks.medianBytes)} (median of ${pf.indexChunks.count}, largest ${kb(pf.indexChunks.maxBytes)}) + ${kb(pf.fragmentMedianBytes)} per result shown (up to 20)`,
    )
    out(
      `  practice page without JavaScript: ${w.noJs.isReadable ? `readable (title and ${(w.noJs.checked ?? 1) - 1} description paragraphs in <main>)` : `NOT readable, missing: ${w.noJs.missing.join(' | ')}`}`,
    )
  }
  if (lighthouse.length) {
    out(`\nLighthouse (mobile preset, Chromium, median of ${LIGHTHOUSE_RUNS} runs; served by site/server):`)
    for (const result of lighthouse) {
      const page = new URL(result.url).pathname
      out(
        `  ${page.padEnd(40)} performance ${result.performance} (≥ 95: ${mark(result.performance >= 95)}; runs ${result.performanceRuns.join('/')})  accessibility ${result.accessibility} (100: ${mark(result.accessibility === 100)})`,
      )
      out(
        `    FCP ${result.metrics.fcp}, LCP ${result.metrics.lcp}, TBT ${result.metrics.tbt}, CLS ${result.metrics.cls}, Speed Index ${result.metrics.si}`,
      )
      for (const failure of result.failures)
        out(
          `    failing: ${failure.id} (${failure.title}): ${failure.nodes.join(' ; ') || 'no element listed'}`,
        )
    }
  }
}

await main()
process.exit(0)
