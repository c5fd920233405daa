import fs from 'fs'
import path from 'path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@redcloud/testing/freePort'
import { launchChromium } from '@redcloud/testing/launchChromium'
import { DEMO_PASSWORD } from '@redcloud/testing/signIn'
import { startCms, type RunningCms } from '@redcloud/testing/startCms'

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')

let cms: RunningCms
let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  cms = await startCms({ template: process.env.REDCLOUD_TEST_TEMPLATE, port: await freePort() })
  browser = await launchChromium()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

/** Signs `name` in with a browser speaking `locale` (the admin follows it) in a colour scheme. */
const signIn = async (name: string, locale: string, colorScheme: 'dark' | 'light'): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, colorScheme })
  const page = await context.newPage()
  await page.goto(`${cms.url}/admin/login`)
  await page.locator('input[name="email"]').fill(`${name}@redcloud.example.org`)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

describe('the coordinators’ dashboard in the admin panel', () => {
  it('an admin reads the charts, named and with their tables, in Italian and English', async () => {
    const cases = [
      {
        locale: 'it-IT',
        colorScheme: 'light' as const,
        heading: 'Cruscotto di coordinamento',
        charts: [
          'Buone pratiche per stato, oggi',
          'Buone pratiche: tempo impiegato a ogni livello',
          'Buone pratiche pubblicate per mese, per regione',
          'Buone pratiche pubblicate per mese, per tema',
        ],
        table: 'Mostra i dati in una tabella',
        stage: 'Pubblicata',
      },
      {
        locale: 'en-GB',
        colorScheme: 'dark' as const,
        heading: "Coordinators' dashboard",
        charts: [
          'Practices per stage now',
          'Practices: time taken at each level',
          'Practices published per month, by region',
          'Practices published per month, by theme',
        ],
        table: 'Show the figures as a table',
        stage: 'Published',
      },
    ]
    for (const { locale, colorScheme, heading, charts, table, stage } of cases) {
      const page = await signIn('admin', locale, colorScheme)
      await page.goto(`${cms.url}/admin`)
      const widget = page.locator('section.coordinators-dashboard')
      await widget.getByRole('heading', { name: heading }).waitFor({ timeout: 30_000 })
      for (const name of charts) await expect(widget.getByRole('img', { name }).count()).resolves.toBe(1)
      // The first table alternative opens and holds the stage counts, linked to the list.
      await widget.getByText(table).first().click()
      const first = widget.locator('details').first()
      await expect(first.locator('table').isVisible()).resolves.toBe(true)
      expect(await first.locator('tbody').innerText()).toContain(stage)
      expect(await first.locator('a[href*="workflow.stage"]').count()).toBeGreaterThan(0)
      await widget.scrollIntoViewIfNeeded()
      await page.screenshot({
        path: path.join(SHOTS, `coordinators-dashboard-${locale}-${colorScheme}.png`),
        fullPage: true,
      })
      await page.context().close()
    }
  })

  it('a volunteer has no coordinators’ block', async () => {
    const page = await signIn('volunteer.milano', 'it-IT', 'light')
    await page.goto(`${cms.url}/admin`)
    await page.getByText('Buone pratiche per stato').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('section.coordinators-dashboard').count()).toBe(0)
    await page.context().close()
  })
})
