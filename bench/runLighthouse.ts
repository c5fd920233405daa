import { execFile } from 'child_process'
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'
import { promisify } from 'util'

import { CHROMIUM_ARGS } from '@redcloud/testing/chromiumArgs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type LighthouseFailure = { id: string; title: string; nodes: string[] }

export type LighthouseResult = {
  url: string
  /** Scores 0–100 of the run with the median performance score. */
  performance: number
  accessibility: number
  performanceRuns: number[]
  metrics: Record<'cls' | 'fcp' | 'lcp' | 'si' | 'tbt', string>
  /** Accessibility audits that did not pass, with the selectors of the elements at fault. */
  failures: LighthouseFailure[]
}

type Audit = {
  id: string
  title: string
  score: null | number
  scoreDisplayMode: string
  displayValue?: string
  details?: { items?: { node?: { selector?: string; snippet?: string } }[] }
}
type Report = {
  categories: Record<
    'accessibility' | 'performance',
    { score: number; auditRefs: { id: string; weight: number }[] }
  >
  audits: Record<string, Audit>
  runtimeError?: { message: string }
}

/**
 * Runs Lighthouse's CLI (mobile preset: simulated slow 4G and a mid-range phone) on one address
 * `runs` times with Debian's Chromium, for the performance and accessibility categories, and
 * keeps the run with the median performance score.
 */
export const runLighthouse = async ({
  url,
  runs,
  workDir,
}: {
  url: string
  runs: number
  workDir: string
}): Promise<LighthouseResult> => {
  const reports: Report[] = []
  for (let run = 0; run < runs; run++) {
    const profile = fs.mkdtempSync(path.join(workDir, 'chromium-'))
    const output = path.join(profile, 'report.json')
    const chromeFlags = ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${profile}/data`].join(' ')
    await promisify(execFile)(
      path.join(root, 'node_modules/.bin/lighthouse'),
      [
        url,
        '--only-categories=performance,accessibility',
        '--output=json',
        `--output-path=${output}`,
        `--chrome-flags=${chromeFlags}`,
        '--quiet',
      ],
      {
        env: {
          ...process.env,
          CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    const report = JSON.parse(fs.readFileSync(output, 'utf8')) as Report
    fs.rmSync(profile, { recursive: true, force: true })
    if (report.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${report.runtimeError.message}`)
    reports.push(report)
  }
  const score = (report: Report, category: 'accessibility' | 'performance') =>
    Math.round(report.categories[category].score * 100)
  const sorted = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
  const chosen = sorted[Math.floor(sorted.length / 2)]!
  const metric = (id: string) => chosen.audits[id]?.displayValue ?? '?'
  const failures = chosen.categories.accessibility.auditRefs
    .map((ref) => chosen.audits[ref.id])
    .filter(
      (audit): audit is Audit =>
        !!audit && audit.score !== null && audit.score < 1 && /binary|numeric/.test(audit.scoreDisplayMode),
    )
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      nodes: (audit.details?.items ?? [])
        .map((item) => item.node?.selector ?? item.node?.snippet ?? '')
        .filter(Boolean),
    }))
  return {
    url,
    performance: score(chosen, 'performance'),
    accessibility: Math.min(...reports.map((report) => score(report, 'accessibility'))),
    performanceRuns: reports.map((report) => score(report, 'performance')),
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    },
    failures,
  }
}
