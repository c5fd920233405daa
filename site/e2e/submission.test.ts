import fs from 'fs'
import path from 'path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningCms } from '@redcloud/testing/startCms'
import type { RunningSite } from './startSite'

import { DEMO_PASSWORD } from '@redcloud/testing/signIn'
import { cmsClient } from './cmsClient'
import { startE2eStack, type E2eStack } from './startE2eStack'

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
/** A 1×1 PNG, the smallest real image the CMS accepts. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
)

let stack: E2eStack
let cms: RunningCms
let site: RunningSite
let browser: Browser

const { token, api, decide } = cmsClient(() => cms.url)

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  // The browser talks to the site's origin (the CMS proxied behind it): the CMS trusts it.
  stack = await startE2eStack({ proxyCms: true, cmsEnv: (siteUrl) => ({ SITE_URL: siteUrl }) })
  ;({ cms, site, browser } = stack)
}, 300_000)

afterAll(async () => {
  await stack?.stop()
})

/** A phone-sized window signed in as `name` (through the site's origin, so the cookie is first-party). */
const phone = async (name: string): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' })
  const page = await context.newPage()
  await page.goto(`${site.url}/en/`)
  const status = await page.evaluate(
    async ({ email, password }) =>
      (
        await fetch('/api/users/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password }),
        })
      ).status,
    { email: `${name}@redcloud.example.org`, password: DEMO_PASSWORD },
  )
  expect(status).toBe(200)
  return { context, page }
}
const field = (page: Page, name: string) => page.locator(`#submission-form [name="${name}"]`)
const next = (page: Page) => page.locator('#submission-next').click()
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `submission-${name}.png`), fullPage: true })

describe('submitting a practice on the site', () => {
  it('sends a visitor who is not signed in to the sign-in page, coming back afterwards', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const response = await page.request.get(`${site.url}/en/submit/`, { maxRedirects: 0 })
    expect(response.status()).toBe(303)
    expect(response.headers().location).toBe('/en/account/login/?next=%2Fen%2Fsubmit%2F')
    const mine = await page.request.get(`${site.url}/it/account/submissions/`, { maxRedirects: 0 })
    expect(mine.headers().location).toBe('/it/account/login/?next=%2Fit%2Faccount%2Fsubmissions%2F')
    await context.close()
  })

  it('without JavaScript, says in the page’s language that the form needs it', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    })
    const login = await context.request.post(`${site.url}/api/users/login`, {
      data: { email: `volunteer.milano@redcloud.example.org`, password: DEMO_PASSWORD },
    })
    expect(login.status()).toBe(200)
    const page = await context.newPage()
    await page.goto(`${site.url}/fr/submit/`)
    expect(await page.locator('h1').textContent()).toBe('Proposer une pratique')
    expect(await page.locator('main').textContent()).toContain('Ce formulaire a besoin de JavaScript')
    expect(await page.locator('#submission-form').isVisible()).toBe(false)
    await context.close()
  })

  it('on a phone: steps with an upload, the connection lost halfway, nothing lost; changes requested, resubmitted, published', async () => {
    const { context, page } = await phone('volunteer.milano')
    await page.goto(`${site.url}/en/submit/`)
    await expect.poll(() => page.locator('#submission-form').isVisible()).toBe(true)

    // Step 1, with a title the CMS refuses: its message shows next to the field, which gets focus.
    await field(page, 'title').fill(`Phone calls against loneliness ${'x'.repeat(150)}`)
    await field(page, 'summary').fill('Volunteers call elderly people who live alone, every week.')
    await field(page, 'description').fill('Each volunteer calls five people.\nThey talk for half an hour.')
    await field(page, 'themes').first().check()
    await page.locator('[name="targetGroups"][value="elderly"]').check()
    await next(page)
    const titleError = page.locator('[data-field="title"] .field-error')
    await expect.poll(() => titleError.textContent()).toMatch(/160/)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title')
    expect(await field(page, 'title').getAttribute('aria-invalid')).toBe('true')
    await shot(page, '1-field-error')
    await field(page, 'title').fill('Phone calls against loneliness')
    await next(page)
    await page.waitForURL(/\/en\/submit\/[\w-]+\/$/)
    const id = page.url().split('/').at(-2)!
    expect(await titleError.count()).toBe(0)

    // Step 2, saved on the server.
    await field(page, 'objectives').fill('Fewer people alone\nA weekly contact for everyone')
    await next(page)
    await expect.poll(() => page.locator('#submission-status').textContent()).toMatch(/Draft saved/)

    // Step 3: the connection drops; typing goes on and is kept on the device.
    await field(page, 'qualityIndicators.0.name').fill('People called every week')
    await field(page, 'qualityIndicators.0.target').fill('40')
    await context.setOffline(true)
    await field(page, 'costs.amount').fill('120')
    await field(page, 'costs.notes').fill('Phone credit for the volunteers, typed offline')
    await next(page)
    await expect.poll(() => page.locator('#submission-status').textContent()).toMatch(/Offline/)
    await field(page, 'contact.name').fill('Anna Rossi')
    await shot(page, '2-offline')
    await page.close()
    await context.setOffline(false)

    // Back online in a new tab: the input is restored and saved.
    const again = await context.newPage()
    await again.goto(`${site.url}/en/submit/${id}/`)
    await expect.poll(() => again.locator('#submission-status').textContent()).toMatch(/Draft saved/)
    expect(await field(again, 'costs.notes').inputValue()).toBe(
      'Phone credit for the volunteers, typed offline',
    )
    expect(await field(again, 'contact.name').inputValue()).toBe('Anna Rossi')
    const volunteer = await token('volunteer.milano')
    const stored = (await api(`practices/${id}?draft=true&depth=0&locale=en`, volunteer)).body
    expect(stored.costs).toMatchObject({
      amount: 120,
      notes: 'Phone credit for the volunteers, typed offline',
    })
    expect(stored.contact.name).toBe('Anna Rossi')
    expect(stored.qualityIndicators[0]).toMatchObject({ name: 'People called every week', target: 40 })
    expect(stored.originalLanguage).toBe('en')
    expect(
      await again.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('redcloud.submission')),
      ),
    ).toEqual([])

    // Step 4: an upload with its progress, then a disguised file refused before sending.
    await expect.poll(() => again.locator('section[data-step="3"]').isVisible()).toBe(true)
    await again.setInputFiles('[data-upload="coverImage"]', {
      name: 'cover.png',
      mimeType: 'image/png',
      buffer: PNG,
    })
    await expect
      .poll(() => again.locator('[data-field="coverImage"] .upload-status').textContent())
      .toMatch(/uploaded/)
    await again.setInputFiles('[data-upload="attachments"]', {
      name: 'page.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg/>'),
    })
    expect(await again.locator('[data-field="attachments"] .upload-status').textContent()).toMatch(
      /not accepted/,
    )
    await expect
      .poll(async () => (await api(`practices/${id}?draft=true&depth=0`, volunteer)).body.coverImage)
      .toBeTruthy()
    await next(again)

    // Self-assessment with the guide's help, then the summary and "submit for review".
    expect(await again.locator('[data-field="selfAssessment.measurable"] .help').textContent()).toMatch(/\S/)
    await again.locator('[name="selfAssessment.measurable"][value="2"]').check()
    await next(again)
    await expect
      .poll(() => again.locator('#submission-summary').textContent())
      .toContain('Phone calls against loneliness')
    await shot(again, '3-summary')
    await again.locator('#submission-submit').click()
    await again.waitForURL(/\/en\/account\/submissions\/\?submitted=/)
    const item = again.locator(`[data-practice="${id}"]`)
    expect(await item.locator('.stage').textContent()).toContain('In local review')

    // A validator asks for changes: the comment shows in My submissions, with "edit and resubmit".
    expect(
      (
        await decide(
          id,
          'request_changes',
          await token('validator.milano'),
          'Please say how many volunteers it takes.',
        )
      ).status,
    ).toBe(200)
    await again.reload()
    expect(await item.locator('.stage').textContent()).toContain('Changes requested')
    expect(await item.locator('.feedback').textContent()).toContain(
      'Please say how many volunteers it takes.',
    )
    await shot(again, '4-changes-requested')
    await item.getByRole('link', { name: 'Edit and resubmit' }).click()
    await again.waitForURL(`${site.url}/en/submit/${id}/`)
    await again.locator('[data-goto="2"]').click()
    await field(again, 'resources.volunteers').fill('6')
    await again.locator('[data-goto="5"]').click()
    await again.getByRole('button', { name: 'Send the changes for review' }).click()
    await again.waitForURL(/\/en\/account\/submissions\/\?submitted=/)
    expect(await item.locator('.stage').textContent()).toContain('In local review')
    expect((await api(`practices/${id}?draft=true&depth=0`, volunteer)).body.resources.volunteers).toBe(6)

    // The chain approves it: published.
    for (const validator of ['validator.milano', 'validator.lombardia', 'validator.national']) {
      expect((await decide(id, 'approve', await token(validator))).status).toBe(200)
    }
    expect((await api(`practices/${id}/workflow`, volunteer)).body.stage).toBe('published')
    await again.reload()
    expect(await item.locator('.stage').textContent()).toContain('Published')
    await shot(again, '5-published')
    await context.close()
  }, 90_000)

  it('withdraws from My submissions, and says so clearly when someone acted meanwhile (409)', async () => {
    const volunteer = await token('volunteer.milano')
    const created = await api('practices?draft=true&locale=it', volunteer, {
      method: 'POST',
      body: JSON.stringify({
        title: 'Merenda solidale',
        summary: 'Una merenda al mese con le famiglie.',
        description: {
          root: {
            type: 'root',
            children: [
              { type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Merenda.', version: 1 }] },
            ],
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 1,
          },
        },
        themes: [(await api('themes?limit=1&depth=0', volunteer)).body.docs[0].id],
        targetGroups: ['families'],
      }),
    })
    expect(created.status).toBe(201)
    const id = String(created.body.doc.id)
    expect((await decide(id, 'submit', volunteer)).status).toBe(200)

    const { context, page } = await phone('volunteer.milano')
    await page.goto(`${site.url}/it/account/submissions/`)
    const item = page.locator(`[data-practice="${id}"]`)
    expect(await item.locator('.stage').textContent()).toContain('In validazione locale')
    // Someone acts between loading the page and pressing the button.
    expect((await decide(id, 'approve', await token('validator.milano'))).status).toBe(200)
    await item.getByRole('button', { name: 'Ritira dalla validazione' }).click()
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('Ricarica la pagina')
    await shot(page, '6-conflict')
    await page.goto(`${site.url}/it/account/submissions/`)
    expect(await item.locator('.stage').textContent()).toContain('In validazione regionale')
    await item.getByRole('button', { name: 'Ritira dalla validazione' }).click()
    await page.waitForURL(/withdrawn=/)
    expect(await item.locator('.stage').textContent()).toContain('Ritirata')
    expect((await api(`practices/${id}/workflow`, volunteer)).body.stage).toBe('withdrawn')
    await context.close()
  }, 30_000)
})
