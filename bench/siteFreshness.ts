/**
 * `npm run bench:freshness`: the time from a practice's final (national) approval to its page
 * being served by the public site's server. Seeds a fresh SQLite database, serves the CMS's
 * REST API over HTTP on 127.0.0.1 (Payload's own handler, in this process), starts the site
 * server (`site/server/index.ts`) with its defaults, waits for its first build, then, per run,
 * takes a new practice to the national stage (no rebuild: nothing public changes), approves it
 * and polls its page (published at once by the site server), then the catalogue's first page
 * (which the build after it brings). Prints the figures; asserts nothing.
 *
 * BENCH_PRACTICES=10000 first seeds that many published practices in four languages
 * (`seedSitePractices.ts`); unset, the demo data alone. SITE_INCREMENTAL=false measures full builds.
 * BENCH_KEEP=1 keeps the database and the builds (with their logs) and prints where.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import http from 'http'
import type { AddressInfo } from 'net'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'
import { withTestScores } from '@redcloud/testing/withTestScores'
import { spawnBuildingSiteServer } from './spawnBuildingSiteServer'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 0)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-freshness-'))
const secret = 'bench-freshness-secret'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const freePort = async () => {
  const probe = http.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

const sitePort = await freePort()
const site = `http://127.0.0.1:${sitePort}`
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  REDCLOUD_DATA_DIR: path.join(dir, 'data'),
  PAYLOAD_LOG_LEVEL: 'warn',
  SITE_REBUILD_URL: `${site}/__rebuild`,
  SITE_REBUILD_SECRET: secret,
})

console.error(`[bench] seeding the demo data${PRACTICES ? ` and ${PRACTICES} published practices` : ''}…`)
execFileSync(
  path.join(root, 'node_modules/.bin/tsx'),
  PRACTICES ? ['bench/seedSitePractices.ts'] : ['seed/src/run.ts'],
  {
    cwd: root,
    env: { ...process.env, BENCH_SITE_SEED_COUNT: String(PRACTICES) },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)

const { getPayload, handleEndpoints } = await import('payload')
const { default: configPromise } = await import('@redcloud/cms/payload.config')
const { lexicalRichText } = await import('@redcloud/cms/contract')
const config = await configPromise
const payload = await getPayload({ config })

// The CMS's REST API over HTTP, as `next start` would serve it, for the site's build.
const cms = http.createServer(async (req, res) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const response = await handleEndpoints({
    config,
    request: new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
    }),
  })
  const headers = Object.fromEntries(response.headers)
  delete headers['content-encoding']
  delete headers['content-length']
  res.writeHead(response.status, headers).end(Buffer.from(await response.arrayBuffer()))
})
await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
const cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`

const siteServer = spawnBuildingSiteServer({ dir, cmsUrl: cmsUrl, port: sitePort })
// the server's own log, for the reader: build started / live / failed
siteServer.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk.toString().replace(/^/gm, '    ')))
siteServer.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk.toString().replace(/^/gm, '    ')))

type Status = {
  lastSuccess: null | { at: string; durationMs: number; kind?: string }
  building: boolean
  pending: boolean
  queued: boolean
  builds: number
  lastFailure: null | { at: string; reason: string }
}
const status = async (): Promise<Status | null> => {
  try {
    const response = await fetch(`${site}/__rebuild`, { headers: { Authorization: `Bearer ${secret}` } })
    return response.ok ? ((await response.json()) as Status) : null
  } catch {
    return null
  }
}
let hasExited = false
siteServer.once('exit', () => (hasExited = true))
const idle = async (timeoutMs = Number(process.env.SITE_BUILD_TIMEOUT_MS ?? 45 * 60_000)) => {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (hasExited) throw new Error('The site server stopped.')
    const state = await status()
    if (
      state &&
      !state.building &&
      !state.pending &&
      !state.queued &&
      (state.lastSuccess || state.lastFailure)
    )
      return state
    if (Date.now() > until) throw new Error('The site server did not finish building in time.')
    await sleep(200)
  }
}

const login = async (name: string) => {
  const response = await handleEndpoints({
    config,
    request: new Request('http://127.0.0.1/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: `${name}@redcloud.example.org`,
        password: process.env.SEED_PASSWORD ?? 'redcloud-demo',
      }),
    }),
  })
  return ((await response.json()) as { token: string }).token
}
const tokens = new Map<string, string>()
const call = async (as: string, method: string, url: string, body?: unknown) => {
  if (!tokens.has(as)) tokens.set(as, await login(as))
  const response = await handleEndpoints({
    config,
    request: new Request(`http://127.0.0.1/api${url}`, {
      method,
      headers: { Authorization: `JWT ${tokens.get(as)}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${url} as ${as}: ${response.status} ${JSON.stringify(json)}`)
  return json
}
const act = async (id: unknown, as: string, action: string) => {
  const { revision } = await call(as, 'GET', `/practices/${id}/workflow`)
  return call(as, 'POST', `/practices/${id}/workflow`, withTestScores({ action, revision }))
}

/** A page's status and text, or null when the request failed (polled again: the figure is when it first succeeds). */
const poll = async (url: string) => {
  try {
    const response = await fetch(url)
    return { status: response.status, text: await response.text() }
  } catch (error) {
    console.error(
      `[bench] ${url}: ${error instanceof Error ? `${error.message} (${String(error.cause)})` : String(error)}`,
    )
    return null
  }
}

type Run = {
  approveMs: number
  liveMs: number
  /** Until the catalogue's first page lists it: the build that follows the page went live. */
  listedMs: number
  /** The site server's own time to render and publish the practice's pages at once. */
  publishedNowMs: number
  buildMs: number
  kind: string
}
const runs: Run[] = []
let firstBuildMs = NaN
try {
  console.error(`[bench] CMS on ${cmsUrl}, site server on ${site}: first build…`)
  const first = await idle()
  if (!first.lastSuccess) throw new Error(`The first site build failed:\n${first.lastFailure?.reason}`)
  firstBuildMs = first.lastSuccess.durationMs
  console.error(`[bench] first build in ${seconds(firstBuildMs)}`)
  const theme = (await payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id

  for (let run = 1; run <= RUNS; run++) {
    const title = `Freschezza ${run} ${Date.now().toString(36)}`
    const created = (await call('volunteer.milano', 'POST', '/practices?draft=true', {
      title,
      summary: 'Una pratica per misurare quanto presto il sito la mostra.',
      description: lexicalRichText(['Misura del tempo tra approvazione e pagina pubblica.']),
      themes: [theme],
      targetGroups: ['elderly'],
    })) as { doc: { id: number | string; slug: string } }
    const { id, slug } = created.doc
    await act(id, 'volunteer.milano', 'submit')
    await act(id, 'validator.milano', 'approve')
    await act(id, 'validator.lombardia', 'approve')
    const page = `${site}/it/practices/${slug}/`
    if ((await fetch(page)).status !== 404) throw new Error(`${page} is served before its approval`)
    const before = await idle()

    const t0 = performance.now()
    await act(id, 'validator.national', 'approve')
    const approveMs = performance.now() - t0
    for (;;) {
      if ((await poll(page))?.status === 200) break
      if (performance.now() - t0 > 15 * 60_000) throw new Error(`${page} never appeared`)
      await sleep(50)
    }
    const liveMs = performance.now() - t0
    const catalogue = `${site}/it/practices/`
    for (;;) {
      if ((await poll(catalogue))?.text.includes(`/it/practices/${slug}/`)) break
      if (performance.now() - t0 > 30 * 60_000) throw new Error(`${catalogue} never listed ${slug}`)
      await sleep(200)
    }
    const listedMs = performance.now() - t0
    const after = await idle()
    if (after.builds !== before.builds + 1)
      console.error(`[bench] run ${run}: ${after.builds - before.builds} builds`)
    runs.push({
      approveMs,
      liveMs,
      listedMs,
      publishedNowMs:
        (after as { lastPublishedNow?: { durationMs: number } | null }).lastPublishedNow?.durationMs ?? NaN,
      buildMs: after.lastSuccess?.durationMs ?? NaN,
      kind: after.lastSuccess?.kind ?? 'full',
    })
    console.error(`[bench] run ${run}: page live after ${seconds(liveMs)}, listed after ${seconds(listedMs)}`)
  }
} finally {
  if (!hasExited) {
    siteServer.kill('SIGTERM')
    await new Promise((resolve) => siteServer.once('exit', resolve))
  }
  cms.close()
  await payload.destroy()
  if (process.env.BENCH_KEEP === '1') console.error(`[bench] kept the database and the builds in ${dir}`)
  else fs.rmSync(dir, { recursive: true, force: true })
}

const sorted = runs.map((r) => r.liveMs).sort((a, b) => a - b)
console.log(
  `\nSite freshness: final approval → page served (${runs.length} runs, ${PRACTICES ? `${PRACTICES} practices × 4 languages` : 'demo data'}, SQLite, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
)
console.log(`first (full) build: ${seconds(firstBuildMs)}`)
console.log(
  '| run | approval request | page live | of which rendering it at once | listed in the catalogue | the build after it | build |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- |')
runs.forEach((r, i) =>
  console.log(
    `| ${i + 1} | ${r.approveMs.toFixed(0)} ms | ${seconds(r.liveMs)} | ${seconds(r.publishedNowMs)} | ${seconds(r.listedMs)} | ${seconds(r.buildMs)} | ${r.kind} |`,
  ),
)
console.log(
  `page live: median ${seconds(sorted[Math.floor(sorted.length / 2)] ?? NaN)}, worst ${seconds(sorted.at(-1) ?? NaN)}; debounce ${process.env.SITE_REBUILD_DEBOUNCE_MS ?? 2000} ms`,
)
process.exit(0)
