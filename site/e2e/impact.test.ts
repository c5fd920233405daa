import { createRequire } from 'module'
import fs from 'fs'
import path from 'path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningCms } from '@redcloud/testing/startCms'
import type { RunningSite } from './startSite'

import { cmsClient, type Doc } from './cmsClient'
import { readBuildFiles } from './readBuildFiles'
import { startE2eStack, type E2eStack } from './startE2eStack'

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
/** A measurement nobody confirmed: it must reach no file of the site. */
const UNCONFIRMED_SOURCE = 'Unconfirmed e2e measurement 5c1d'

let stack: E2eStack
let cms: RunningCms
let site: RunningSite
let browser: Browser
let build: Map<string, string>
let json: Doc

const { token, api } = cmsClient(() => cms.url)

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  stack = await startE2eStack({
    proxyCms: false,
    beforeSite: async (started) => {
      cms = started
      await addUnconfirmedMeasurement()
    },
  })
  ;({ site, browser } = stack)
  build = readBuildFiles(path.join(stack.buildDir, 'client'))
  json = JSON.parse(build.get('open-data/practices.json')!)
}, 300_000)

afterAll(async () => {
  await stack?.stop()
})

/** A member of a practice's unit adds a measurement that no validator confirms. */
const addUnconfirmedMeasurement = async () => {
  const volunteer = await token('volunteer.milano')
  const me = (await api('users/me', volunteer)).body.user as Doc
  const unit = typeof me.unit === 'object' ? me.unit.id : me.unit
  const practices = (await api(`practices?limit=50&depth=0&where[unit][equals]=${unit}`)).body.docs as Doc[]
  const practice = practices.find((p) => (p.qualityIndicators ?? []).length > 0)!
  const created = await api('measurements', volunteer, {
    method: 'POST',
    body: JSON.stringify({
      practice: practice.id,
      indicatorKey: practice.qualityIndicators[0].key,
      date: '2026-01-15',
      value: 987_654,
      source: UNCONFIRMED_SOURCE,
    }),
  })
  expect(created.status, JSON.stringify(created.body)).toBeLessThan(300)
}

const open = async (pathname: string, width = 1280, javaScriptEnabled = false) => {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled })
  const page = await context.newPage()
  const response = await page.goto(`${site.url}${pathname}`)
  expect(response?.status(), pathname).toBe(200)
  return page
}

/** The practices whose indicators have published measurements, from the open data. */
const measured = () =>
  (json.practices as Doc[]).filter((p) => p.qualityIndicators.some((q: Doc) => q.measurements.length > 0))

describe('impact on the public site', () => {
  it('has sanity: the demo has library indicators, and practices with published measurements', () => {
    expect((json.indicators as Doc[]).length).toBeGreaterThan(0)
    expect(measured().length).toBeGreaterThan(0)
  })

  it('draws each indicator of a practice as an accessible chart with its numbers as a table, in two languages, without JavaScript', async () => {
    const practice = measured()[0]!
    const rows = (practice.qualityIndicators as Doc[]).filter((q) => q.measurements.length > 0)
    for (const locale of ['it', 'en']) {
      const page = await open(`/${locale}/practices/${practice.slug}/`, 360)
      const charts = page.locator('section.indicator svg[role="img"]')
      expect(await charts.count()).toBeGreaterThanOrEqual(rows.length)
      const chart = charts.first()
      const labelledBy = (await chart.getAttribute('aria-labelledby'))!
      const title = (await page.locator(`[id="${labelledBy}"]`).textContent())!
      expect(title.length).toBeGreaterThan(5)
      const desc = (await page
        .locator(`[id="${(await chart.getAttribute('aria-describedby'))!}"]`)
        .textContent())!
      expect(desc).toMatch(/\d/)
      // the numbers as a table: every published measurement of the first measured indicator
      const table = page.locator('section.indicator table.measurements').first()
      expect(await table.locator('tbody tr').count()).toBe(rows[0]!.measurements.length)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
      await page.screenshot({
        path: path.join(SHOTS, `site-indicator-charts-${locale}-360.png`),
        fullPage: true,
      })
      await page.context().close()
    }
  })

  it('adds the indicators up on /<locale>/impact/, by region and theme, with links to the practices behind each figure', async () => {
    const summed = (json.indicators as Doc[]).filter((i) => i.aggregation === 'sum')
    // the expected total of one summed indicator, from the latest measurement of each practice
    const expectations = summed.flatMap((indicator) => {
      const latest = (json.practices as Doc[]).flatMap((p) => {
        const row = (p.qualityIndicators as Doc[]).find((q) => q.indicator === indicator.slug)
        const last = row?.measurements.at(-1)
        return last ? [last.value as number] : []
      })
      return latest.length
        ? [{ indicator, total: latest.reduce((a, b) => a + b, 0), count: latest.length }]
        : []
    })
    expect(expectations.length).toBeGreaterThan(0)
    const { indicator, total } = expectations[0]!
    for (const locale of ['it', 'en']) {
      for (const width of [360, 1280]) {
        const page = await open(`/${locale}/impact/`, width)
        const section = page.locator(`section#${indicator.slug}`)
        const figure = (await section.locator('.figure').textContent())!
        expect(figure).toContain(new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(total))
        expect(await section.locator('svg.chart.bars[role="img"]').count()).toBe(2)
        expect(await section.locator('table').count()).toBe(2)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        await page.screenshot({
          path: path.join(SHOTS, `site-impact-${locale}-${width}.png`),
          fullPage: true,
        })
        await page.context().close()
      }
      // each region's figure links to the list of its practices, which link to the practices
      const html = build.get(`${locale}/impact/index.html`)!
      const link = /href="(\/[a-z]{2}\/impact\/[^"#]+\/)#(region-[^"]+)"/.exec(html)!
      const detail = build.get(`${link[1]!.slice(1)}index.html`)!
      expect(detail).toContain(`id="${link[2]}"`)
      expect(detail).toMatch(new RegExp(`href="/${locale}/practices/[^"]+/"`))
    }
    expect(build.get('it/index.html')).toContain('href="/it/impact/"')
    expect(build.get('sitemap.xml')).toContain('/en/impact/</loc>')
  })

  it('puts indicators and measurements in the open data: the JSON, and one CSV row per published measurement, naming nobody', async () => {
    const csv = build.get('open-data/measurements.csv')!
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toBe(
      'practice_id,practice_slug,indicator,custom_indicator,unit,date,value,source,licence',
    )
    const count = (json.practices as Doc[]).reduce(
      (sum, p) => sum + (p.qualityIndicators as Doc[]).reduce((n, q) => n + q.measurements.length, 0),
      0,
    )
    expect(lines.length - 1).toBe(count)
    expect(csv).not.toMatch(/author|@redcloud\.example\.org/i)
    expect(build.get('open-data/practices.json')).not.toMatch(/"author"/)
    const page = await open('/fr/open-data/')
    await expect(page.locator('a[href="/open-data/measurements.csv"]').count()).resolves.toBe(1)
    await page.context().close()
  })

  it('shows no measurement a validator has not confirmed, in any file', () => {
    for (const [file, text] of build) {
      expect(text.includes(UNCONFIRMED_SOURCE), file).toBe(false)
      expect(/987[.,\u202f\u00a0]?654/.test(text), file).toBe(false)
    }
  })

  it('finds no serious or critical WCAG 2.1 AA violation on the new pages', async () => {
    const slug = (json.indicators as Doc[]).find((i) => build.has(`en/impact/${i.slug}/index.html`))!.slug
    const found: string[] = []
    for (const pathname of ['/it/impact/', `/en/impact/${slug}/`, `/it/practices/${measured()[0]!.slug}/`]) {
      const page = await open(pathname, 390, true)
      await page.waitForLoadState('networkidle')
      await page.evaluate(AXE)
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (context: Document, options: object) => Promise<{ violations: Doc[] }> }
          }
        ).axe
        const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.map((n: Doc) => n.target.join(' ')).slice(0, 3),
        }))
      })
      for (const v of violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(`${pathname}: ${v.id} (${v.impact}) ${v.nodes.join(', ')}`)
      await page.context().close()
    }
    expect(found).toEqual([])
  }, 120_000)
})
