/**
 * `npm run bench:workflow`: transition latency (p50/p95) and throughput, and the plugin's
 * overhead on list reads, on a database of 10 000 practices. Each mode runs in its own
 * process on its own fresh SQLite file: "plugin" (the CMS as shipped) and "plain" (the same
 * schema with the plugin's hooks and endpoints off). Prints the figures; asserts nothing.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'

const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 10_000)
const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 300)
const READS = Number(process.env.BENCH_READS ?? 300)
const here = path.dirname(fileURLToPath(import.meta.url))

type Result = { mode: string; transitions?: number[]; transitionSeconds?: number; reads: number[] }

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

const child = async (mode: string): Promise<Result> => {
  const { getPayload, handleEndpoints } = await import('payload')
  const { default: configPromise } = await import('@redcloud/cms/payload.config')
  const { seed } = await import('@redcloud/seed/seed')
  const config = await configPromise
  const payload = await getPayload({ config })
  await seed({ payload, log: () => {} })

  const unit = (await payload.find({ collection: 'units', where: { code: { equals: 'LOM-MI' } } })).docs[0]!
  const author = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: 'volunteer.milano@redcloud.example.org' } },
    })
  ).docs[0]!
  const theme = (await payload.find({ collection: 'themes', limit: 1 })).docs[0]!
  const units = (await payload.find({ collection: 'units', limit: 0, pagination: false })).docs
  const started = Date.now()
  for (let i = 0; i < PRACTICES; i++) {
    const inReview = i < TRANSITIONS
    await payload.db.create({
      collection: 'practices',
      data: {
        title: `Pratica di prova ${i}`,
        summary: 'Sintesi di prova',
        slug: `bench-${i}`,
        unit: inReview ? unit.id : units[i % units.length]!.id,
        author: author.id,
        themes: [theme.id],
        targetGroups: ['elderly'],
        _status: inReview || i % 5 === 0 ? 'draft' : 'published',
        workflow: { stage: inReview ? 'local_review' : i % 5 === 0 ? 'draft' : 'published', revision: 0 },
        likeCount: 0,
        commentCount: 0,
      },
    })
  }
  console.error(
    `[${mode}] ${PRACTICES} practices inserted in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )

  const login = async (email: string) => {
    const response = await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: process.env.SEED_PASSWORD ?? 'redcloud-demo' }),
      }),
    })
    return ((await response.json()) as { token: string }).token
  }
  const call = async (token: string, method: string, url: string, body?: unknown) => {
    const t0 = performance.now()
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api${url}`, {
        method,
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      }),
    })
    await response.text()
    if (response.status >= 400) throw new Error(`${method} ${url}: ${response.status}`)
    return performance.now() - t0
  }

  const reader = await login('validator.lombardia@redcloud.example.org')
  for (let i = 0; i < 20; i++) await call(reader, 'GET', '/practices?limit=50&depth=0&sort=-updatedAt')
  const reads: number[] = []
  for (let i = 0; i < READS; i++)
    reads.push(await call(reader, 'GET', `/practices?limit=50&depth=0&sort=-updatedAt&page=${1 + (i % 20)}`))

  const result: Result = { mode, reads }
  if (mode === 'plugin') {
    const validator = await login('validator.milano@redcloud.example.org')
    const queue = await payload.find({
      collection: 'practices',
      where: { 'workflow.stage': { equals: 'local_review' } },
      limit: TRANSITIONS,
      depth: 0,
      pagination: false,
    })
    const transitions: number[] = []
    const t0 = Date.now()
    for (const doc of queue.docs)
      transitions.push(
        await call(validator, 'POST', `/practices/${doc.id}/workflow`, { action: 'approve', revision: 0 }),
      )
    result.transitions = transitions
    result.transitionSeconds = (Date.now() - t0) / 1000
  }
  await payload.destroy()
  return result
}

const main = () => {
  const results: Result[] = []
  for (const mode of ['plugin', 'plain']) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `redcloud-bench-${mode}-`))
    const out = path.join(dir, 'result.json')
    execFileSync(path.join(here, '../node_modules/.bin/tsx'), [fileURLToPath(import.meta.url)], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        BENCH_CHILD: mode,
        BENCH_OUT: out,
        NODE_ENV: 'test',
        PAYLOAD_LOG_LEVEL: 'error',
        DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
        REDCLOUD_DATA_DIR: path.join(dir, 'data'),
        REDCLOUD_WORKFLOW: mode === 'plain' ? 'off' : 'on',
      },
    })
    results.push(JSON.parse(fs.readFileSync(out, 'utf8')) as Result)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const [plugin, plain] = results as [Result, Result]
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(
    `\nWorkflow benchmark — ${PRACTICES} practices, SQLite, ${os.cpus().length} cores, Node ${process.version}`,
  )
  console.log(`transitions (${plugin.transitions!.length}, sequential approvals over REST in-process):`)
  console.log(
    `  p50 ${ms(percentile(plugin.transitions!, 50))}  p95 ${ms(percentile(plugin.transitions!, 95))}  throughput ${(plugin.transitions!.length / plugin.transitionSeconds!).toFixed(1)}/s`,
  )
  console.log(`list reads (${READS} × 50 practices as a regional validator):`)
  console.log(`  with plugin  p50 ${ms(percentile(plugin.reads, 50))}  mean ${ms(mean(plugin.reads))}`)
  console.log(`  without      p50 ${ms(percentile(plain.reads, 50))}  mean ${ms(mean(plain.reads))}`)
  console.log(`  overhead ratio (mean) ${(mean(plugin.reads) / mean(plain.reads)).toFixed(2)}×`)
}

if (process.env.BENCH_CHILD) {
  const result = await child(process.env.BENCH_CHILD)
  fs.writeFileSync(process.env.BENCH_OUT as string, JSON.stringify(result))
  process.exit(0)
} else {
  main()
}
