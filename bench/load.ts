/**
 * `npm run bench:load`: the platform under a mixed load for BENCH_SECONDS (default 60) on this
 * machine. BENCH_INSTANCES CMS processes (default 2, as docker-compose runs) on one fresh SQLite
 * database (seeded, or copied from BENCH_TEMPLATE), requests alternating between them, and the
 * site server rebuilding on every publication as in production. Meanwhile anonymous readers
 * fetch site pages and the API, members like, unlike and comment, and validators take practices
 * from their queues and approve them up to publication. Prints throughput and p50/p95/p99 per
 * kind of request with every status seen; then checks that no answer was a 5xx or never came,
 * and that every practice's likeCount and commentCount equal its rows and what the run wrote
 * (no lost write). Exits 1 when a check fails.
 *
 * Per-account rate limits are raised for the run (a handful of accounts send what hundreds of
 * people would); their own tests are cms/test/rateLimits.test.ts and severalInstances.test.ts.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'
import { serveCmsProcess } from '@redcloud/testing/serveCmsProcess'
import { withTestScores } from '@redcloud/testing/withTestScores'

import { createLoadStats } from './createLoadStats'
import { spawnBuildingSiteServer } from './spawnBuildingSiteServer'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2)
const SITE_READERS = Number(process.env.BENCH_SITE_READERS ?? 6)
const API_READERS = Number(process.env.BENCH_API_READERS ?? 6)
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 6)
const IN_REVIEW = Number(process.env.BENCH_IN_REVIEW ?? 30)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-load-'))
const secret = 'bench-load-secret'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!
const log = (line: string) => console.error(`[bench] ${line}`)

const databaseFile = path.join(dir, 'load.db')
const sitePort = 20_000 + Math.floor(Math.random() * 20_000)
const site = `http://127.0.0.1:${sitePort}`
const limits = Object.fromEntries(
  ['LOGIN', 'COMMENTS', 'LIKES', 'PRACTICES', 'SUBMISSIONS'].map((name) => [
    `RATE_LIMIT_${name}`,
    '100000/m',
  ]),
)
Object.assign(process.env, {
  DATABASE_URL: `file:${databaseFile}`,
  REDCLOUD_DATA_DIR: path.join(dir, 'data'),
  PAYLOAD_LOG_LEVEL: 'warn',
  ACCESS_LOG: 'off',
  SITE_REBUILD_URL: `${site}/__rebuild`,
  SITE_REBUILD_SECRET: secret,
  JOBS_AUTORUN: 'false',
  ...limits,
})

if (process.env.BENCH_TEMPLATE) {
  log(`copying ${process.env.BENCH_TEMPLATE}`)
  for (const suffix of ['', '-wal', '-shm'])
    if (fs.existsSync(process.env.BENCH_TEMPLATE + suffix))
      fs.copyFileSync(process.env.BENCH_TEMPLATE + suffix, databaseFile + suffix)
} else {
  log('seeding the demo data…')
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['seed/src/run.ts'], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

// This process prepares and checks through the Local API; the load goes to the CMS processes.
const { getPayload } = await import('payload')
const { default: configPromise } = await import('@redcloud/cms/payload.config')
const { lexicalRichText } = await import('@redcloud/cms/contract')
const payload = await getPayload({ config: await configPromise })

const published = (
  await payload.find({
    collection: 'practices',
    where: { _status: { equals: 'published' } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
).docs.map((doc) => ({ id: doc.id, slug: String(doc.slug) }))
const theme = (await payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
const roma = (await payload.find({ collection: 'units', where: { code: { equals: 'LAZ-RM' } }, depth: 0 }))
  .docs[0]?.id
const unit =
  roma ??
  (await payload.find({ collection: 'units', where: { level: { equals: 'local' } }, depth: 0 })).docs[0]!.id
const password = process.env.SEED_PASSWORD ?? 'redcloud-demo'
const members = Array.from({ length: MEMBERS }, (_, i) => `load.member.${i}@redcloud.example.org`)
for (const email of members) {
  await payload.create({
    collection: 'users',
    data: { email, password, displayName: email.split('@')[0], unit, roles: ['member'] } as never,
  })
}

log(`starting ${INSTANCES} CMS processes and the site server (first build)…`)
const instances = await Promise.all(
  Array.from({ length: INSTANCES }, () =>
    serveCmsProcess({ databaseUrl: `file:${databaseFile}`, env: process.env as Record<string, string> }),
  ),
)
const siteServer = spawnBuildingSiteServer({ dir, cmsUrl: instances[0]!.url, port: sitePort })
let siteOutput = ''
siteServer.stdout.on('data', (chunk) => (siteOutput += chunk))
siteServer.stderr.on('data', (chunk) => (siteOutput += chunk))
type BuildStatus = { building: boolean; pending: boolean; queued: boolean; builds: number }
const buildStatus = async (): Promise<BuildStatus | null> => {
  try {
    const response = await fetch(`${site}/__rebuild`, { headers: { Authorization: `Bearer ${secret}` } })
    return response.ok ? ((await response.json()) as BuildStatus) : null
  } catch {
    return null
  }
}

/** Setup's requests count apart: the table shows the load alone. */
let stats = createLoadStats()
let turn = 0
const cms = () => instances[turn++ % instances.length]!.url
/** One request, timed and recorded under `kind`; the parsed body, or null. */
const request = async (
  kind: string,
  url: string,
  init: RequestInit & { token?: string; json?: unknown } = {},
) => {
  const { token, json, ...rest } = init
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  if (json !== undefined) headers['Content-Type'] = 'application/json'
  const t0 = performance.now()
  try {
    const response = await fetch(url, {
      ...rest,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
      signal: AbortSignal.timeout(30_000),
    })
    const text = await response.text()
    stats.record(kind, performance.now() - t0, response.status)
    if (response.status >= 500) log(`${kind}: ${response.status} ${text.slice(0, 200)}`)
    const type = response.headers.get('content-type') ?? ''
    return { status: response.status, body: type.includes('json') && text ? JSON.parse(text) : null }
  } catch (error) {
    stats.fail(kind, error)
    return { status: 0, body: null }
  }
}
const login = async (email: string) => {
  const answer = await request('sign-in', `${cms()}/api/users/login`, {
    method: 'POST',
    json: { email, password },
  })
  if (answer.status !== 200) throw new Error(`Sign-in as ${email}: ${answer.status}`)
  return answer.body.token as string
}

try {
  for (;;) {
    const state = await buildStatus()
    if (state && state.builds > 0 && !state.building && !state.pending && !state.queued) break
    if (siteServer.exitCode !== null) throw new Error(`The site server stopped:\n${siteOutput}`)
    await sleep(500)
  }
  log('first site build served')

  // Practices waiting for the validators, submitted by Milano's volunteer.
  const author = await login('volunteer.milano@redcloud.example.org')
  for (let i = 0; i < IN_REVIEW; i++) {
    const created = await request('setup', `${cms()}/api/practices?draft=true`, {
      method: 'POST',
      token: author,
      json: {
        title: `Pratica sotto carico ${i} ${Date.now().toString(36)}`,
        summary: 'Una pratica per il banco di prova sotto carico.',
        description: lexicalRichText(['Descrizione completa.']),
        themes: [theme],
        targetGroups: ['elderly'],
      },
    })
    await request('setup', `${cms()}/api/practices/${created.body.doc.id}/workflow`, {
      method: 'POST',
      token: author,
      json: { action: 'submit', revision: 0 },
    })
  }
  const validators = await Promise.all(
    ['validator.milano', 'validator.lombardia', 'validator.national'].map((name) =>
      login(`${name}@redcloud.example.org`),
    ),
  )
  const memberTokens = await Promise.all(members.map(login))

  const pages = ['/it/', '/en/', '/it/practices/', '/fr/practices/', '/es/faq/', '/it/map/', '/sitemap.xml']
  const sitePath = () =>
    Math.random() < 0.6
      ? `/${pick(['it', 'en', 'fr', 'es'])}/practices/${pick(published).slug}/`
      : pick(pages)

  /** What the members' writes must leave in the database: likes and comments per practice. */
  const wrote = new Map<string, { likes: number; comments: number }>()
  const wroteOn = (id: number | string) => {
    let entry = wrote.get(String(id))
    if (!entry) wrote.set(String(id), (entry = { likes: 0, comments: 0 }))
    return entry
  }
  const before = new Map<string, { likes: number; comments: number }>()
  for (const { id } of published) {
    const likes = await payload.count({ collection: 'likes', where: { practice: { equals: id } } })
    const comments = await payload.count({
      collection: 'comments',
      where: { and: [{ practice: { equals: id } }, { state: { equals: 'visible' } }] },
    })
    before.set(String(id), { likes: likes.totalDocs, comments: comments.totalDocs })
  }

  stats = createLoadStats()
  const deadline = Date.now() + SECONDS * 1000
  const loops: Promise<void>[] = []
  const loop = (body: () => Promise<unknown>) =>
    loops.push(
      (async () => {
        while (Date.now() < deadline) await body()
      })(),
    )
  for (let i = 0; i < SITE_READERS; i++) loop(() => request('site page', `${site}${sitePath()}`))
  for (let i = 0; i < API_READERS; i++)
    loop(() =>
      Math.random() < 0.5
        ? request(
            'api list',
            `${cms()}/api/practices?limit=12&depth=1&locale=it&where[_status][equals]=published`,
          )
        : request('api practice', `${cms()}/api/practices/${pick(published).id}?depth=1&locale=en`),
    )
  memberTokens.forEach((token, i) => {
    // Each member keeps the likes it made: it unlikes only its own.
    const mine = new Map<string, number | string>()
    let n = 0
    loop(async () => {
      const practice = pick(published).id
      if (n++ % 3 === 2) {
        const answer = await request('comment', `${cms()}/api/comments`, {
          method: 'POST',
          token,
          json: { practice, body: `Commento sotto carico ${i}.${n}` },
        })
        if (answer.status === 201) wroteOn(practice).comments++
        return
      }
      const like = mine.get(String(practice))
      if (like !== undefined) {
        const answer = await request('unlike', `${cms()}/api/likes/${like}`, { method: 'DELETE', token })
        if (answer.status === 200) {
          mine.delete(String(practice))
          wroteOn(practice).likes--
        }
      } else {
        const answer = await request('like', `${cms()}/api/likes`, {
          method: 'POST',
          token,
          json: { practice },
        })
        if (answer.status === 201) {
          mine.set(String(practice), answer.body.doc.id)
          wroteOn(practice).likes++
        }
      }
    })
  })
  for (const token of validators) {
    loop(async () => {
      const queue = await request('validator queue', `${cms()}/api/workflow/queue`, { token })
      const items = (
        (queue.body?.items ?? []) as { id: number | string; revision: number; collection: string }[]
      ).filter((item) => item.collection === 'practices')
      if (items.length === 0) return sleep(500)
      const item = pick(items)
      await request('decision', `${cms()}/api/practices/${item.id}/workflow`, {
        method: 'POST',
        token,
        json: withTestScores({ action: 'approve', revision: item.revision }),
      })
    })
  }
  log(
    `load for ${SECONDS} s: ${SITE_READERS} site readers, ${API_READERS} API readers, ${MEMBERS} members, ${validators.length} validators, ${INSTANCES} CMS processes`,
  )
  await Promise.all(loops)
  const rebuilds = (await buildStatus())?.builds ?? 0

  console.log(
    `\nbench:load — ${SECONDS} s, ${INSTANCES} CMS processes (SQLite), site server rebuilding on publication; ` +
      `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}\n`,
  )
  console.log(stats.table(SECONDS))
  const publishedNow = await payload.count({
    collection: 'practices',
    where: { and: [{ _status: { equals: 'published' } }, { title: { like: 'Pratica sotto carico' } }] },
  })
  console.log(
    `\npractices published by the validators during the run: ${publishedNow.totalDocs}; site builds: ${rebuilds}`,
  )

  // Counts are exact: each practice's counters equal its rows, and the rows are what was written.
  const problems: string[] = []
  for (const { id } of published) {
    const doc = await payload.findByID({ collection: 'practices', id, depth: 0 })
    const likes = (await payload.count({ collection: 'likes', where: { practice: { equals: id } } }))
      .totalDocs
    const comments = (
      await payload.count({
        collection: 'comments',
        where: { and: [{ practice: { equals: id } }, { state: { equals: 'visible' } }] },
      })
    ).totalDocs
    const start = before.get(String(id))!
    const change = wrote.get(String(id)) ?? { likes: 0, comments: 0 }
    if (doc.likeCount !== likes) problems.push(`practice ${id}: likeCount ${doc.likeCount}, ${likes} likes`)
    if (doc.commentCount !== comments)
      problems.push(`practice ${id}: commentCount ${doc.commentCount}, ${comments} visible comments`)
    if (likes !== start.likes + change.likes)
      problems.push(`practice ${id}: ${likes} likes, expected ${start.likes} + ${change.likes}`)
    if (comments !== start.comments + change.comments)
      problems.push(`practice ${id}: ${comments} comments, expected ${start.comments} + ${change.comments}`)
  }
  const serverErrors = stats.serverErrors()
  console.log(`5xx or no answer: ${serverErrors}`)
  console.log(
    problems.length === 0
      ? `counts exact: likeCount and commentCount equal the rows on all ${published.length} published practices, and the rows equal what the run wrote`
      : `COUNT MISMATCHES:\n${problems.join('\n')}`,
  )
  process.exitCode = serverErrors === 0 && problems.length === 0 ? 0 : 1
} finally {
  siteServer.kill('SIGTERM')
  await Promise.all(instances.map((instance) => instance.stop()))
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
}
