import fs from 'fs'
import path from 'path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, signIn } from '@redcloud/testing/signIn'
import type { RunningCms } from '@redcloud/testing/startCms'
import type { RunningSite } from './startSite'

import { cmsClient } from './cmsClient'
import { readBuildFiles } from './readBuildFiles'
import { startE2eStack, type E2eStack } from './startE2eStack'

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const TITLE = 'Fundraising for a second ambulance'
const NOTE = 'Crowdfunding page live; letters sent to 40 local companies.'

let stack: E2eStack
let cms: RunningCms
let site: RunningSite
let browser: Browser
let request = ''

const client = cmsClient(() => cms.url)

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  stack = await startE2eStack({ proxyCms: true, cmsEnv: (siteUrl) => ({ SITE_URL: siteUrl }) })
  ;({ cms, site, browser } = stack)
}, 300_000)

afterAll(async () => {
  await stack?.stop()
})

describe('Development Desk: Milano asks for fundraising help, Lombardia endorses, the desk accepts and closes it', () => {
  it('a Milano member signs in and asks on the site, without JavaScript', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 1000 },
    })
    const page = await context.newPage()
    await page.goto(`${site.url}/en/desk/support/`)
    // Anonymous: the sign-in page first, then back here.
    await page.waitForURL((url) => url.pathname === '/en/account/login/', { timeout: 30_000 })
    await page.getByLabel('E-mail').fill('volunteer.milano@redcloud.example.org')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/en/desk/support/', { timeout: 30_000 })
    await page.getByLabel('What does your unit need?').fill(TITLE)
    await page.getByLabel('Kind of support').selectOption('fundraising')
    await page.getByLabel('Describe the situation').fill('Our oldest ambulance has done 480,000 km.')
    await page.getByLabel('Urgency').selectOption('high')
    await page.screenshot({ path: path.join(SHOTS, 'desk-support-form-en.png'), fullPage: true })
    await page.getByRole('button', { name: 'Send the request' }).click()
    await page.getByTestId('support-sent').waitFor({ timeout: 30_000 })
    const row = page.getByTestId('support-request').filter({ hasText: TITLE })
    await expect(row.getByTestId('support-stage').textContent()).resolves.toBe(
      'Waiting for the regional endorsement',
    )
    request = (await row.getAttribute('data-id')) ?? ''
    expect(request).not.toBe('')
    await context.close()
    // Never public.
    expect((await client.api(`support-requests/${request}`)).status).toBe(403)
  })

  it('the Lombardia validator endorses it in the admin panel', async () => {
    const page = await signIn({ browser, name: 'validator.lombardia', url: cms.url })
    await page.goto(`${cms.url}/admin/collections/support-requests/${request}`)
    await page
      .getByTestId('workflow-stage')
      .filter({ hasText: 'In attesa del sostegno regionale' })
      .waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Approva' }).click()
    await page
      .getByTestId('workflow-stage')
      .filter({ hasText: 'In attesa dello sportello' })
      .waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(SHOTS, 'desk-support-endorsed-it.png'), fullPage: true })
    await page.context().close()
  })

  it('the desk officer accepts it in the admin panel, then marks it done with a note; the member reads the note on the site', async () => {
    const admin = await signIn({ browser, name: 'desk.officer', url: cms.url, locale: 'en-GB' })
    await admin.goto(`${cms.url}/admin/collections/support-requests/${request}`)
    await admin
      .getByTestId('workflow-stage')
      .filter({ hasText: 'Waiting for the desk' })
      .waitFor({ timeout: 30_000 })
    await admin.getByRole('button', { name: 'Approve' }).click()
    await admin.getByTestId('workflow-stage').filter({ hasText: 'Accepted' }).waitFor({ timeout: 30_000 })
    // The desk's own panel: progress and a note, kept on the live request.
    await admin.reload()
    const panel = admin.getByTestId('desk-panel')
    await panel.waitFor({ timeout: 30_000 })
    await panel.getByLabel('Progress').selectOption('done')
    await panel.getByLabel('Add a note for the requesting unit').fill(NOTE)
    await admin.screenshot({ path: path.join(SHOTS, 'desk-support-panel-en.png'), fullPage: true })
    const [saved] = await Promise.all([
      admin.waitForResponse((response) => response.url().endsWith(`/support-requests/${request}/desk`), {
        timeout: 30_000,
      }),
      panel.getByRole('button', { name: 'Save' }).click(),
    ])
    expect(saved.status()).toBe(200)
    await admin.context().close()
    const desk = await client.token('desk.officer')
    const stored = (await client.api(`support-requests/${request}?depth=0`, desk)).body
    expect(stored).toMatchObject({ _status: 'published', progress: 'done' })
    expect(stored.progressNotes[0].note).toBe(NOTE)

    const context = await browser.newContext({ viewport: { width: 800, height: 1000 } })
    const page = await context.newPage()
    await page.goto(`${site.url}/en/account/login/?next=/en/desk/support/`)
    await page.getByLabel('E-mail').fill('volunteer.milano@redcloud.example.org')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/en/desk/support/', { timeout: 30_000 })
    const row = page.getByTestId('support-request').filter({ hasText: TITLE })
    await expect(row.getByTestId('support-stage').textContent()).resolves.toBe('Accepted')
    await expect(row.getByTestId('support-progress').textContent()).resolves.toBe('Done')
    await expect(row.getByTestId('support-officer').textContent()).resolves.toContain('Valentina Russo')
    await expect(row.getByTestId('support-notes').textContent()).resolves.toContain(NOTE)
    await page.screenshot({ path: path.join(SHOTS, 'desk-support-done-en.png'), fullPage: true })
    await context.close()
  })

  it('no support request reaches the static build, its search index or open data', async () => {
    const files = readBuildFiles(stack.buildDir)
    for (const [file, text] of files) {
      expect(text.includes('Raccolta fondi per il dormitorio invernale'), file).toBe(false)
      expect(text.includes(TITLE), file).toBe(false)
    }
  })
})
