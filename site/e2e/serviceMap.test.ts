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

/** A tile template on a port nothing listens on: the tiled map is built and run, no tile loads. */
const TILES = 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png'

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  // This file's build has the tiled map on (publicSite.test.ts checks the default, off).
  process.env.MAP_TILE_URL = TILES
  process.env.MAP_TILE_ATTRIBUTION = 'Tiles: test'
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
  delete process.env.MAP_TILE_URL
  delete process.env.MAP_TILE_ATTRIBUTION
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

    // Without JavaScript (the tiled map, on in this file's build, would take the SVG's place).
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      javaScriptEnabled: false,
    })
    const page = await context.newPage()
    await page.goto(`${site.url}/en/map/`)
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

  it('region maps filter by theme with plain links to prerendered pages', () => {
    const region = build.get('en/map/lom/index.html')!
    const links = [...region.matchAll(/href="(\/en\/map\/lom\/theme\/[^"]+\/)"/g)].map((m) => m[1]!)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(build.get(`${link.slice(1)}index.html`), link).toContain('<svg')
    const filtered = build.get(`${links[0]!.slice(1)}index.html`)!
    expect(filtered).toMatch(/aria-current="page"/)
  })

  it('with MAP_TILE_URL set, the map pages carry the tile template and the script, and the tiled map runs', async () => {
    const html = build.get('en/map/index.html')!
    expect(html).toContain(`data-tiles="${TILES}"`)
    expect(html).toContain('id="tiled-map-points"')
    expect(html).toMatch(/<script[^>]+src="\/_astro\/[^"]+\.js"|<script type="module"/)
    // Unit pages do not load it.
    const unitPage = [...build.entries()].find(([file]) => file.startsWith('en/units/'))![1]
    expect(unitPage).not.toContain('tiled-map')
    const page = await open('/en/map/', 1280, 'en-GB')
    await page.locator('#tiled-map.leaflet-container').waitFor({ timeout: 15_000 })
    expect(await page.locator('[data-svg-map]').isHidden()).toBe(true)
    expect(await page.locator('#tiled-map path.leaflet-interactive').count()).toBeGreaterThan(10)
    await page.context().close()
  }, 60_000)

  it('a unit page lists the practices its unit replicates', () => {
    const practices = JSON.parse(build.get('open-data/practices.json')!) as Doc
    const replicated = (practices.practices ?? practices).find((p: Doc) => p.replications?.length > 0)
    expect(replicated, 'a practice with a confirmed replication in the demo data').toBeDefined()
    const code = replicated.replications[0].unit.code as string
    const units = JSON.parse(build.get('open-data/units.geojson')!) as Doc
    const unit = (units.features as Doc[]).find((f) => f.properties.code === code)!
    const file = `${new URL(unit.properties.url).pathname.slice(1)}index.html`
    const page = build.get(file)!
    expect(page).toContain('data-testid="unit-replications"')
    expect(page).toContain(`/practices/${replicated.slug}/`)
  })
})
