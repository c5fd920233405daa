import fs from 'fs'
import path from 'path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, signIn } from '@redcloud/testing/signIn'
import { TEST_SCORES } from '@redcloud/testing/testScores'
import type { RunningCms } from '@redcloud/testing/startCms'
import type { RunningSite } from './startSite'

import { lexicalRichText } from '@redcloud/cms/contract'

import { cmsClient } from './cmsClient'
import { startE2eStack, type E2eStack } from './startE2eStack'

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const TITLE = 'Nonni digitali riconosciuti'

let stack: E2eStack
let cms: RunningCms
let site: RunningSite
let browser: Browser
let id = ''
let slug = ''

const { token, api, decide } = cmsClient(() => cms.url)

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  stack = await startE2eStack({
    proxyCms: false,
    cmsEnv: (siteUrl) => ({
      SITE_REBUILD_URL: `${siteUrl}/__rebuild`,
      SITE_REBUILD_SECRET: 'e2e-site-rebuild-secret',
    }),
  })
  ;({ cms, site, browser } = stack)
  // A practice waiting for national review: local approved it, the region scored it (all 2s).
  const volunteer = await token('volunteer.milano')
  const theme = (await api('themes?limit=1')).body.docs[0].id
  const created = await api('practices?draft=true', volunteer, {
    method: 'POST',
    body: JSON.stringify({
      title: TITLE,
      summary: 'Lezioni di smartphone per gli anziani del quartiere.',
      description: lexicalRichText(['Ogni mercoledì in sede.']),
      themes: [theme],
      targetGroups: ['elderly'],
    }),
  })
  expect(created.status).toBe(201)
  id = String(created.body.doc.id)
  slug = created.body.doc.slug
  expect((await decide(id, 'submit', volunteer)).status).toBe(200)
  expect((await decide(id, 'approve', await token('validator.milano'))).status).toBe(200)
  expect((await decide(id, 'approve', await token('validator.lombardia'))).status).toBe(200)
}, 400_000)

afterAll(async () => {
  await stack?.stop()
})

/** The admin panel in English: the same sign-in with an English browser. */
const signInEnglish = async (name: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
  const page = await context.newPage()
  await page.goto(`${cms.url}/admin/login`)
  await page.locator('input[name="email"]').fill(`${name}@redcloud.example.org`)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

const openPractice = async (page: Page) => {
  await page.goto(`${cms.url}/admin/collections/practices/${id}`)
  await page.getByTestId('workflow-scores').waitFor({ timeout: 30_000 })
}

describe('recognition: a national validator scores and recognises a practice, and the site shows it', () => {
  it('the validation panel offers the nine criteria and the recognition, in Italian and English', async () => {
    const english = await signInEnglish('validator.national')
    await openPractice(english)
    const form = english.getByTestId('workflow-scores')
    await expect(form.locator('select').count()).resolves.toBe(Object.keys(TEST_SCORES).length)
    await expect(form.getByText('Meaningful objectives').count()).resolves.toBe(1)
    await expect(english.getByLabel(/Recognise this practice/).count()).resolves.toBe(1)
    // The regional validator's scores show in the history, to a validator.
    // (local and regional: the test client scores every approval)
    await expect(english.getByTestId('workflow-history-scores').count()).resolves.toBe(2)
    await english.getByTestId('workflow-scores').screenshot({ path: path.join(SHOTS, 'scores-panel-en.png') })
    await english.screenshot({ path: path.join(SHOTS, 'scores-panel-en-page.png'), fullPage: true })
    // Approving with a criterion left out: the panel shows the server's 400 naming it.
    await english.getByRole('button', { name: 'Approve' }).click()
    await english
      .getByRole('alert')
      .filter({ hasText: 'scores.meaningfulObjectives' })
      .waitFor({ timeout: 30_000 })
    await english.context().close()
  })

  it('below the threshold the panel says why; scored well and recognised, the practice is published with the badge', async () => {
    const page = await signIn({ browser, name: 'validator.national', url: cms.url })
    await openPractice(page)
    const form = page.getByTestId('workflow-scores')
    await expect(form.getByText('Obiettivi significativi').count()).resolves.toBe(1)
    const selects = await form.locator('select').all()
    for (const select of selects) await select.selectOption('1')
    await page.getByLabel(/Riconosci questa buona pratica/).check()
    await page.screenshot({ path: path.join(SHOTS, 'scores-panel-it.png'), fullPage: true })
    await page.getByRole('button', { name: 'Approva' }).click()
    await page.getByRole('alert').filter({ hasText: 'sotto la soglia' }).waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(SHOTS, 'scores-below-threshold-it.png'), fullPage: true })

    for (const select of selects) await select.selectOption('3')
    const approvedAt = Date.now()
    await page.getByRole('button', { name: 'Approva' }).click()
    await page.getByTestId('workflow-stage').filter({ hasText: 'Pubblicata' }).waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(SHOTS, 'scores-recognised-it.png'), fullPage: true })
    await page.context().close()

    const stored = (await api(`practices/${id}?depth=0`)).body
    expect(stored.recognised).toBe(true)
    // No request changes it back, an administrator's included.
    const admin = await token('admin')
    await api(`practices/${id}?draft=true`, admin, {
      method: 'PATCH',
      body: JSON.stringify({ recognised: false }),
    })
    expect((await api(`practices/${id}?depth=0`)).body.recognised).toBe(true)

    // The publication reaches the site: the page carries the badge, the catalogue lists it
    // among the recognised practices, the open data says so.
    let html = ''
    while (Date.now() - approvedAt < 240_000) {
      const response = await fetch(`${site.url}/it/practices/${slug}/`)
      if (response.status === 200) {
        html = await response.text()
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(html).toContain('Buona pratica riconosciuta')
    // The page is published at once; the listings and open data come with the build after it.
    await site.waitForBuild(approvedAt, 240_000)
    const listing = await (await fetch(`${site.url}/it/practices/recognised/`)).text()
    expect(listing).toContain(TITLE)
    const open = (await (await fetch(`${site.url}/open-data/practices.json`)).json()) as {
      practices: { slug: string; recognised: boolean }[]
    }
    expect(open.practices.find((practice) => practice.slug === slug)?.recognised).toBe(true)
    expect(JSON.stringify(open)).not.toContain('"scores"')
    const csv = await (await fetch(`${site.url}/open-data/practices.csv`)).text()
    expect(csv.split('\n')[0]).toContain('recognised')

    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'it-IT' })
    const card = await visitor.newPage()
    await card.goto(`${site.url}/it/practices/recognised/`)
    await card.locator('.card', { hasText: TITLE }).locator('.recognised-badge').waitFor()
    await card.screenshot({ path: path.join(SHOTS, 'site-recognised-listing-it.png'), fullPage: true })
    await card.goto(`${site.url}/en/practices/${slug}/`)
    await card.locator('.recognised-badge', { hasText: 'Recognised practice' }).waitFor()
    await card.screenshot({ path: path.join(SHOTS, 'site-recognised-practice-en.png') })
    await visitor.close()
  })
})
