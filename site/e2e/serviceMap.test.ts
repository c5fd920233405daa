import fs from 'fs'
import { createRequire } from 'module'
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

let stack: E2eStack
let cms: RunningCms
let site: RunningSite
let browser: Browser
let build: Map<string, string>
/** Every account's e-mail address: none may appear on the map, the unit pages or the GeoJSON. */
let personal: string[] = []
let refusedStatus = 0

const { token, api } = cmsClient(() => cms.url)

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  stack = await startE2eStack({
    proxyCms: false,
    beforeSite: async (started) => {
      cms = started
      const admin = await token('admin')
      personal = ((await api('users?limit=0&depth=0', admin)).body.docs as Doc[]).map((user) => user.email)
      expect(personal.length).toBeGreaterThan(10)
      // A member tries to publish a colleague's address as a service's contact: refused.
      const attempt = await api('services?draft=true', await token('volunteer.milano'), {
        method: 'POST',
        body: JSON.stringify({
          name: 'Sportello con contatto personale',
          description: 'Scrivete direttamente alla volontaria.',
          status: 'active',
          contact: { email: 'volunteer.roma@redcloud.example.org' },
        }),
      })
      refusedStatus = attempt.status
    },
  })
  ;({ site, browser } = stack)
  build = readBuildFiles(path.join(stack.buildDir, 'client'))
}, 600_000)

afterAll(async () => {
  await stack?.stop()
})

const open = async (pathname: string, width: number, locale = 'it-IT') => {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale })
  const page = await context.newPage()
  const response = await page.goto(`${site.url}${pathname}`)
  expect(response?.status(), pathname).toBe(200)
  return page
}

const axeViolations = async (page: Awaited<ReturnType<typeof open>>) => {
  await page.evaluate(AXE)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Doc[] }> } }
    ).axe
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n: Doc) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      )
  })
}

describe('Carta dei Servizi on the site', () => {
  it("refuses a person's address as a service contact, and no account's address reaches the map, unit pages or GeoJSON", () => {
    expect(refusedStatus).toBe(400)
    const public_ = [...build.entries()].filter(([file]) => /(^|\/)(units|map)\/|\.geojson$/.test(file))
    expect(public_.length).toBeGreaterThan(40)
    for (const [file, text] of public_) {
      for (const email of personal) expect(text.includes(email), `${file} shows ${email}`).toBe(false)
      expect(text, file).not.toContain('Sportello con contatto personale')
    }
  })

  it('publishes units and services as valid GeoJSON FeatureCollections, [longitude, latitude]', () => {
    for (const file of ['open-data/units.geojson', 'open-data/services.geojson']) {
      const data = JSON.parse(build.get(file) ?? 'null') as Doc
      expect(data.type, file).toBe('FeatureCollection')
      expect(data.features.length, file).toBeGreaterThan(10)
      for (const feature of data.features as Doc[]) {
        expect(feature.type).toBe('Feature')
        expect(typeof feature.properties).toBe('object')
        expect(feature.geometry.type).toBe('Point')
        const [lon, lat] = feature.geometry.coordinates as [number, number]
        // Italy: longitudes 6.6-18.6, latitudes 35.5-47.1, so a swapped pair fails.
        expect(lon, file).toBeGreaterThan(6)
        expect(lon, file).toBeLessThan(19)
        expect(lat, file).toBeGreaterThan(35)
        expect(lat, file).toBeLessThan(48)
        expect(JSON.stringify(feature.properties)).not.toMatch(/proposedBy|author/)
      }
    }
    expect(build.get('en/open-data/index.html')).toContain('services.geojson')
  })

  it('a unit page and the map work without JavaScript-only parts, pass axe in two languages, phone and desktop', async () => {
    const units = JSON.parse(build.get('open-data/units.geojson')!) as Doc
    const milano = (units.features as Doc[]).find((f) => f.properties.code === 'LOM-MI')!
    const unitPath = new URL(milano.properties.url).pathname
    const found: string[] = []
    for (const [pathname, locale] of [
      [unitPath, 'it-IT'],
      [unitPath.replace(/^\/it\//, '/en/'), 'en-GB'],
      ['/it/map/', 'it-IT'],
      ['/en/map/', 'en-GB'],
      ['/en/map/lom/', 'en-GB'],
    ] as const) {
      for (const width of [390, 1280]) {
        const page = await open(pathname, width, locale)
        for (const v of await axeViolations(page)) found.push(`${pathname} @${width}: ${v}`)
        const name = `site-${pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${width}.png`
        await page.screenshot({ path: path.join(SHOTS, name), fullPage: true })
        await page.context().close()
      }
    }
    expect(found).toEqual([])

    const page = await open('/en/map/', 1280, 'en-GB')
    // Markers are links with names: the Milan unit leads to its page.
    const marker = page.locator(`svg a[href="${unitPath.replace(/^\/it\//, '/en/')}"]`)
    await expect(marker.getAttribute('aria-label')).resolves.toMatch(/Milano/)
    await marker.click()
    await page.waitForURL(/\/en\/units\//)
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Milano/)
    expect(await page.locator('article.service').count()).toBeGreaterThan(0)
    // A region zooms in: Lombardy's map shows only its units.
    await page.goto(`${site.url}/en/map/lom/`)
    const names = await page.locator('svg a circle').count()
    expect(names).toBe(5)
    await page.context().close()
  }, 240_000)
})
