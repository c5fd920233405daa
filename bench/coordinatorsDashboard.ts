/**
 * `npm run bench:dashboard`: how long the coordinators' dashboard takes to compute its figures
 * (`readCoordinatorStats`: every query and the arithmetic, not the HTML) on a database of
 * BENCH_PRACTICES practices (default 10 000) with their versions and history, for an admin
 * (everything) and for a regional validator (Lombardy's subtree). Seeds a fresh SQLite file
 * with `seedSitePractices.ts` in its workflow mode, then times RUNS computations each, after one
 * warm-up. Prints the figures; asserts nothing.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 10_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const log = (line: string) => console.error(`[bench:dashboard] ${line}`)

// BENCH_DATABASE: a file to seed once and keep (seeded only when it does not exist yet).
const kept = process.env.BENCH_DATABASE ? path.resolve(process.env.BENCH_DATABASE) : null
const dir = kept ? path.dirname(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-bench-dashboard-'))
const database = kept ?? path.join(dir, 'bench.db')
Object.assign(process.env, {
  DATABASE_URL: `file:${database}`,
  REDCLOUD_DATA_DIR: dir,
  JOBS_AUTORUN: 'false',
  NODE_ENV: 'test',
  PAYLOAD_LOG_LEVEL: 'error',
})

const seedStarted = Date.now()
if (!fs.existsSync(database))
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'bench/seedSitePractices.ts')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      BENCH_SITE_SEED_COUNT: String(PRACTICES),
      BENCH_SITE_SEED_WORKFLOW: 'true',
    },
  })
log(`seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`)

const { createLocalReq, getPayload } = await import('payload')
const { default: configPromise } = await import('@redcloud/cms/payload.config')
const { readCoordinatorStats } = await import('@redcloud/cms/dashboard/readCoordinatorStats')
const payload = await getPayload({ config: await configPromise })

const userOf = async (email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
  if (!docs[0]) throw new Error(`No account ${email}`)
  return { ...docs[0], collection: 'users' as const }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

const { totalDocs } = await payload.count({ collection: 'practices', where: { id: { exists: true } } })
const { totalDocs: events } = await payload.count({
  collection: 'workflow-events',
  where: { id: { exists: true } },
})
log(`${totalDocs} practices, ${events} workflow events`)

const rows: string[] = []
for (const [who, email] of [
  ['admin', 'admin@redcloud.example.org'],
  ['regional validator (Lombardy)', 'validator.lombardia@redcloud.example.org'],
] as const) {
  const user = await userOf(email)
  const times: number[] = []
  let summary = ''
  for (let run = 0; run <= RUNS; run++) {
    // A fresh request each time, as each dashboard page load has (no cached unit tree).
    const req = await createLocalReq({ user }, payload)
    const started = performance.now()
    const stats = await readCoordinatorStats({ req, user })
    const elapsed = performance.now() - started
    if (run > 0) times.push(elapsed)
    const practices = stats?.collections.find((c) => c.slug === 'practices')
    summary = `${practices?.stages.reduce((sum, s) => sum + s.count, 0) ?? 0} practices, ${
      practices?.overdue.reduce((sum, o) => sum + o.count, 0) ?? 0
    } overdue`
  }
  rows.push(
    `| ${who} | ${summary} | p50 ${percentile(times, 50).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms |`,
  )
}

console.log(
  `\nCoordinators' dashboard, ${totalDocs} practices, ${events} events (SQLite, ${RUNS} runs each):\n`,
)
console.log('| caller | in scope | computation |')
console.log('| --- | --- | --- |')
for (const row of rows) console.log(row)
await payload.destroy()
if (!kept) fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
