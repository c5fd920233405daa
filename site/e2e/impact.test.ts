import { createRequire } from 'module'
import fs from 'fs'
import path from 'path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningCms } from '@redcloud/testing/startCms'
import type { RunningSite } from './startSite'

import { lexicalRichText } from '@redcloud/cms/contract'

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

const { token, api, decide } = cmsClient(() => cms.url)

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  stack = await startE2eStack({
    proxyCms: false,
    beforeSite: async (started) => {
      cms = started
      await prepareImpactData()
    },
  })
  ;({ site, browser } = stack)
  build = readBuildFiles(path.join(stack.buildDir, 'client'))
  json = JSON.parse(build.get('open-data/practices.json')!)
}, 300_000)

afterAll(async () => {
  await stack?.stop()
})

const INDICATOR = 'e2e-people-helped'
const PRACTICE = 'e2e-impact-practice'
/** The library indicator's published measurements, out of date order, and the latest (the one that counts). */
const LIBRARY_MEASUREMENTS = [
  { date: '2025-12-01', value: 120, source: 'Registro presenze' },
  { date: '2025-06-01', value: 60, source: 'Registro presenze' },
]
const LATEST = 120

/**
 * A content manager adds a library indicator (Italian and English); a volunteer publishes a
 * practice that picks it and has a custom one, adds measurements that the unit's validator
 * confirms, and one nobody confirms.
 */
const prepareImpactData = async () => {
  const editor = await token('editor')
  const volunteer = await token('volunteer.milano')
  const validator = await token('validator.milano')
  const theme = ((await api('themes?limit=1&depth=0')).body.docs as Doc[])[0]!.id
  const indicator = await api('indicators?locale=it', editor, {
    method: 'POST',
    body: JSON.stringify({
      slug: INDICATOR,
      name: 'Persone aiutate (e2e)',
      definition: 'Persone distinte aiutate nel periodo',
      unitOfMeasure: 'persone',
      direction: 'higher',
      aggregation: 'sum',
      themes: [theme],
    }),
  })
  expect(indicator.status, JSON.stringify(indicator.body).slice(0, 500)).toBe(201)
  const indicatorId = indicator.body.doc.id
  const english = await api(`indicators/${indicatorId}?locale=en`, editor, {
    method: 'PATCH',
    body: JSON.stringify({
      name: 'People helped (e2e)',
      definition: 'Distinct people helped in the period',
      unitOfMeasure: 'people',
    }),
  })
  expect(english.status).toBe(200)

  const created = await api('practices?draft=true&locale=it', volunteer, {
    method: 'POST',
    body: JSON.stringify({
      title: 'Pratica di impatto e2e',
      slug: PRACTICE,
      summary: 'Una pratica con indicatori misurati nel tempo.',
      description: lexicalRichText(['Ogni settimana i volontari chiamano le persone sole.']),
      themes: [theme],
      targetGroups: ['elderly'],
      originalLanguage: 'it',
      qualityIndicators: [
        {
          indicator: indicatorId,
          baseline: 10,
          baselineDate: '2025-01-01',
          target: 200,
          targetDate: '2026-12-31',
        },
        { name: 'Telefonate <b>settimanali</b>', unit: 'chiamate', baseline: 0, target: 50 },
      ],
      _status: 'draft',
    }),
  })
  expect(created.status, JSON.stringify(created.body).slice(0, 500)).toBe(201)
  const id = String(created.body.doc.id)
  expect((await decide(id, 'submit', volunteer)).status).toBe(200)
  for (const name of ['validator.milano', 'validator.lombardia', 'validator.national'])
    expect((await decide(id, 'approve', await token(name))).status).toBe(200)
  const rows = (await api(`practices/${id}?depth=0`)).body.qualityIndicators as Doc[]
  const [libraryRow, customRow] = rows as [Doc, Doc]

  const measure = async (indicatorKey: string, data: Doc, confirm: boolean) => {
    const measurement = await api('measurements', volunteer, {
      method: 'POST',
      body: JSON.stringify({ practice: Number(id) || id, indicatorKey, ...data }),
    })
    expect(measurement.status, JSON.stringify(measurement.body).slice(0, 500)).toBe(201)
    const route = `measurements/${measurement.body.doc.id}/workflow`
    const act = async (action: string, auth: string) => {
      const { body } = await api(route, auth)
      const decision = await api(route, auth, {
        method: 'POST',
        body: JSON.stringify({ action, revision: body.revision }),
      })
      expect(decision.status, JSON.stringify(decision.body).slice(0, 500)).toBe(200)
    }
    await act('submit', volunteer)
    if (confirm) await act('approve', validator)
  }
  for (const m of LIBRARY_MEASUREMENTS) await measure(libraryRow.key, m, true)
  await measure(customRow.key, { date: '2025-09-01', value: 30, source: 'Tabulato' }, true)
  await measure(libraryRow.key, { date: '2026-01-15', value: 987_654, source: UNCONFIRMED_SOURCE }, false)
}

const open = async (pathname: string, width = 1280, javaScriptEnabled = false) => {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled })
  const page = await context.newPage()
  const response = await page.goto(`${site.url}${pathname}`)
  expect(response?.status(), pathname).toBe(200)
  return page
}

const practiceRecord = () => (json.practices as Doc[]).find((p) => p.slug === PRACTICE)!

/** Every summed library indicator's total, from the latest measurement of each practice in the open data. */
const expectedTotals = () =>
  (json.indicators as Doc[])
    .filter((i) => i.aggregation === 'sum')
    .flatMap((indicator) => {
      const latest = (json.practices as Doc[]).flatMap((p) => {
        const last = (p.qualityIndicators as Doc[])
          .find((q) => q.indicator === indicator.slug)
          ?.measurements.at(-1)
        return last ? [last.value as number] : []
      })
      return latest.length
        ? [{ slug: indicator.slug as string, total: latest.reduce((a, b) => a + b, 0) }]
        : []
    })

describe('impact on the public site', () => {
  it('has sanity: the library indicator and the practice with its confirmed measurements are in the open data', () => {
    expect((json.indicators as Doc[]).find((i) => i.slug === INDICATOR)).toMatchObject({
      name: { it: 'Persone aiutate (e2e)', en: 'People helped (e2e)' },
      aggregation: 'sum',
    })
    const [library, custom] = practiceRecord().qualityIndicators as Doc[]
    expect(library).toMatchObject({ indicator: INDICATOR, custom: false, baseline: 10, target: 200 })
    expect(library!.measurements.map((m: Doc) => m.date)).toEqual(['2025-06-01', '2025-12-01'])
    expect(custom).toMatchObject({ indicator: null, custom: true, unit: 'chiamate' })
    expect(custom!.measurements).toHaveLength(1)
  })

  it('draws each indicator of a practice as an accessible chart with its numbers as a table, in two languages, without JavaScript', async () => {
    for (const [locale, name] of [
      ['it', 'Persone aiutate (e2e)'],
      ['en', 'People helped (e2e)'],
    ] as const) {
      const page = await open(`/${locale}/practices/${PRACTICE}/`, 360)
      const section = page.locator('section.indicator').first()
      expect(await section.locator('h3').textContent()).toContain(name)
      const chart = section.locator('svg[role="img"]')
      const title = (await page
        .locator(`[id="${(await chart.getAttribute('aria-labelledby'))!}"]`)
        .textContent())!
      expect(title).toContain(name)
      const desc = (await page
        .locator(`[id="${(await chart.getAttribute('aria-describedby'))!}"]`)
        .textContent())!
      expect(desc).toContain(new Intl.NumberFormat(locale).format(LATEST))
      expect(await chart.locator('circle').count()).toBe(LIBRARY_MEASUREMENTS.length)
      // the numbers as a table, oldest first
      const cells = await section.locator('table.measurements tbody td.num').allTextContents()
      expect(cells.map((c) => c.trim())).toEqual(['60', '120'])
      // the custom indicator: its own name, escaped, marked as custom
      const custom = page.locator('section.indicator').nth(1)
      expect(await custom.locator('h3').textContent()).toContain('Telefonate <b>settimanali</b>')
      expect(await custom.locator('.tag').count()).toBe(1)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
      await page.screenshot({
        path: path.join(SHOTS, `site-indicator-charts-${locale}-360.png`),
        fullPage: true,
      })
      await page.context().close()
    }
  })

  it('adds the indicators up on /<locale>/impact/, by region and theme, with links to the practices behind each figure', async () => {
    const totals = expectedTotals()
    expect(totals.find((t) => t.slug === INDICATOR)?.total).toBe(LATEST)
    for (const locale of ['it', 'en']) {
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
      for (const width of [360, 1280]) {
        const page = await open(`/${locale}/impact/`, width)
        for (const { slug, total } of totals)
          expect(await page.locator(`section[id="${slug}"] .figure`).textContent(), slug).toContain(
            number.format(total),
          )
        const section = page.locator(`section[id="${INDICATOR}"]`)
        expect(await section.locator('svg.chart.bars[role="img"]').count()).toBe(2)
        expect(await section.locator('svg.chart.bars desc').first().textContent()).toContain(
          number.format(LATEST),
        )
        expect(await section.locator('table').count()).toBe(2)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        await page.screenshot({
          path: path.join(SHOTS, `site-impact-${locale}-${width}.png`),
          fullPage: true,
        })
        await page.context().close()
      }
      // the region's figure links to the list of the practices behind it, which links to the practice
      const link = await (
        await open(`/${locale}/impact/`)
      )
        .locator(`section[id="${INDICATOR}"] table a`)
        .first()
      const href = (await link.getAttribute('href'))!
      expect(href).toMatch(new RegExp(`^/${locale}/impact/${INDICATOR}/#region-`))
      await link.click()
      const detail = link.page()
      expect(await detail.locator(`[id="${href.split('#')[1]}"]`).count()).toBe(1)
      expect(await detail.locator(`a[href="/${locale}/practices/${PRACTICE}/"]`).count()).toBeGreaterThan(0)
      await detail.context().close()
    }
    expect(build.get('it/index.html')).toContain('href="/it/impact/"')
    expect(build.get('sitemap.xml')).toContain(`/en/impact/${INDICATOR}/</loc>`)
  })

  it('puts indicators and measurements in the open data: the JSON, and one CSV row per published measurement, naming nobody', async () => {
    const csv = build.get('open-data/measurements.csv')!
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toBe(
      'practice_id,practice_slug,indicator,custom_indicator,unit,date,value,source,licence,replication_id,replicating_unit',
    )
    const count = (json.practices as Doc[]).reduce(
      (sum, p) =>
        sum +
        (p.qualityIndicators as Doc[]).reduce((n, q) => n + q.measurements.length, 0) +
        ((p.replications ?? []) as Doc[]).reduce((n, r) => n + (r.measurements ?? []).length, 0),
      0,
    )
    expect(lines.length - 1).toBe(count)
    expect(lines).toContain(
      `${practiceRecord().id},${PRACTICE},${INDICATOR},,persone,2025-12-01,120,Registro presenze,CC BY 4.0,,`,
    )
    expect(csv).not.toMatch(/author|@redcloud\.example\.org/i)
    expect(build.get('open-data/practices.json')).not.toMatch(/"author"/)
    const page = await open('/fr/open-data/')
    expect(await page.locator('a[href="/open-data/measurements.csv"]').count()).toBe(1)
    await page.context().close()
  })

  it('shows no measurement a validator has not confirmed, in any file', () => {
    for (const [file, text] of build) {
      expect(text.includes(UNCONFIRMED_SOURCE), file).toBe(false)
      expect(/987[.,\u202f\u00a0]?654/.test(text), file).toBe(false)
    }
  })

  it('finds no serious or critical WCAG 2.1 AA violation on the new pages', async () => {
    const found: string[] = []
    for (const pathname of ['/it/impact/', `/en/impact/${INDICATOR}/`, `/it/practices/${PRACTICE}/`]) {
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
