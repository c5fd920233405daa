/**
 * `npm run bench:similar`: how good and how fast "similar practices" are.
 * - Quality: the labelled pairs of `similarPairs.ts` over the demo practices. For each pair the
 *   first practice's English title and summary (its Italian ones when it has no English) are the
 *   query; the second is "found" when it is among the five answers. Precision at 5: the share of
 *   found labelled practices that were labelled similar; recall at 5: the share of similar pairs
 *   found.
 * - Speed: GET /api/practices/similar's work (`practiceSimilarityIndex` then a search) on
 *   BENCH_PRACTICES published practices (default 10 000, seeded by `seedSitePractices.ts` into a
 *   fresh SQLite file, or BENCH_DATABASE kept between runs), the index built once, then RUNS
 *   queries of different lengths: median and 95th percentile. Prints the figures; asserts nothing.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'

import { createSimilarityIndex } from '@redcloud/cms/similarity/createSimilarityIndex'
import { practices as demo } from '@redcloud/seed/data/practices'

import { similarPairs } from './similarPairs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 10_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 200)
const log = (line: string) => console.error(`[bench:similar] ${line}`)

// Quality, in memory, on the demo practices as published.
const published = demo.filter((practice) => practice.stage === 'published')
const index = createSimilarityIndex(
  published.map((practice) => ({
    id: practice.slug,
    slug: practice.slug,
    unit: null,
    titles: Object.fromEntries(
      Object.entries(practice.texts).map(([locale, text]) => [locale, text?.title ?? '']),
    ),
    summaries: Object.fromEntries(
      Object.entries(practice.texts).map(([locale, text]) => [locale, text?.summary ?? '']),
    ),
    originalLanguage: practice.originalLanguage,
  })),
)
const bySlug = new Map(published.map((practice) => [practice.slug, practice]))
let found = 0
let foundSimilar = 0
let similarTotal = 0
for (const [from, to, similar] of similarPairs) {
  const practice = bySlug.get(from)
  if (!practice || !bySlug.has(to))
    throw new Error(`similarPairs: ${!practice ? from : to} is not a published demo practice`)
  const text = practice.texts.en ?? practice.texts[practice.originalLanguage]!
  const q = `${text.title} ${text.summary}`.slice(0, 500)
  const answers = index.search({ q, locale: 'en', exclude: from }).map((hit) => hit.slug)
  if (similar) similarTotal++
  if (answers.includes(to)) {
    found++
    if (similar) foundSimilar++
  }
}
const precision = found ? foundSimilar / found : 0
const recall = similarTotal ? foundSimilar / similarTotal : 0
console.log(`Labelled pairs: ${similarPairs.length} (${similarTotal} similar)`)
console.log(
  `Precision at 5: ${(precision * 100).toFixed(0)}% (${foundSimilar} of ${found} labelled practices in the top 5 are similar ones)`,
)
console.log(
  `Recall at 5: ${(recall * 100).toFixed(0)}% (${foundSimilar} of ${similarTotal} similar pairs found)`,
)

// Speed, on a seeded database.
const kept = process.env.BENCH_DATABASE ? path.resolve(process.env.BENCH_DATABASE) : null
const dir = kept ? path.dirname(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-bench-similar-'))
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
    env: { ...process.env, BENCH_SITE_SEED_COUNT: String(PRACTICES) },
  })
log(`seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`)

const { getPayload } = await import('payload')
const { default: configPromise } = await import('@redcloud/cms/payload.config')
const { practiceSimilarityIndex } = await import('@redcloud/cms/similarity/practiceSimilarityIndex')
const payload = await getPayload({ config: await configPromise })

const buildStarted = Date.now()
const big = await practiceSimilarityIndex(payload)
console.log(
  `Index of ${big.size} published practices built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`,
)

const queries = published.flatMap((practice) => {
  const text = practice.texts[practice.originalLanguage]!
  return [
    text.title,
    `${text.title} ${text.summary}`.slice(0, 500),
    text.summary.split(' ').slice(0, 4).join(' '),
  ]
})
const times: number[] = []
for (let i = 0; i < RUNS; i++) {
  const q = queries[i % queries.length]!
  const started = performance.now()
  const index = await practiceSimilarityIndex(payload)
  index.search({ q, locale: 'it' })
  times.push(performance.now() - started)
}
const sorted = [...times].sort((a, b) => a - b)
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1)
console.log(
  `Answer time at ${big.size} practices over ${RUNS} queries: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
)
await payload.destroy()
if (!kept) fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
