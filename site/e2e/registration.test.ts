import fs from 'fs'
import path from 'path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningCms } from '@redcloud/testing/startCms'
import type { RunningSite } from './startSite'

import { cmsClient } from './cmsClient'
import { startE2eStack, type E2eStack } from './startE2eStack'
import { startTestMailServer, type TestMailServer } from './startTestMailServer'

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const EMAIL = `giorgia.esposito.${Date.now().toString(36)}@example.org`
const PASSWORD = 'volontaria di Milano 2026'

let mail: TestMailServer
let stack: E2eStack
let cms: RunningCms
let site: RunningSite
let browser: Browser

const client = cmsClient(() => cms.url)

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  mail = await startTestMailServer()
  stack = await startE2eStack({
    proxyCms: true,
    // The CMS mails through the test server, so the test reads what the person receives.
    cmsEnv: (siteUrl) => ({ SITE_URL: siteUrl, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }),
    beforeSite: async (started) => {
      cms = started
    },
  })
  ;({ site, browser } = stack)
}, 600_000)

afterAll(async () => {
  await stack?.stop()
  await mail?.stop()
})

/** A phone, without JavaScript: every step must work as plain HTML forms. */
const phone = async (): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  return { context, page: await context.newPage() }
}

/** The text of the newest message to `to` that matches `pattern`, within 20 seconds. */
const mailTo = async (to: string, pattern: RegExp): Promise<string> => {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const found = mail.messages
      .filter((message) => message.to.includes(to))
      .map((message) => mail.decoded(message))
      .reverse()
      .find((text) => pattern.test(text))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`No e-mail to ${to} matching ${pattern} (got ${mail.messages.length} messages)`)
}

const signIn = async (page: Page) => {
  await page.goto(`${site.url}/it/account/login/`)
  await page.getByLabel('E-mail', { exact: true }).fill(EMAIL)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Accedi' }).click()
}

describe('a volunteer gets in: register on a phone, confirm the address, approval by the unit', () => {
  it('registers without JavaScript, confirms from the e-mail, waits, is approved, signs in and submits a practice', async () => {
    const { context, page } = await phone()
    await page.goto(`${site.url}/it/account/login/`)
    await page.getByRole('link', { name: 'Non hai ancora un account? Registrati' }).click()
    expect(new URL(page.url()).pathname).toBe('/it/account/register/')
    await expect(page.getByText('Almeno 12 caratteri', { exact: false }).count()).resolves.toBeGreaterThan(0)

    await page.getByLabel('Il tuo nome').fill('Giorgia Esposito')
    await page.getByLabel('E-mail', { exact: true }).fill(EMAIL)
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await page.getByLabel('Il tuo comitato').selectOption({ label: 'Comitato di Milano' })
    await page.getByLabel('Lingua preferita').selectOption('it')
    await page.getByLabel(/Accetto le condizioni d'uso/).check()
    const shot = await page.screenshot({
      path: path.join(SHOTS, 'registration-form-phone.png'),
      fullPage: true,
    })
    // Nothing wider than the phone, no sideways scrolling: the full page's PNG is as wide as the screen.
    expect(shot.readUInt32BE(16)).toBeLessThanOrEqual(390)
    await page.getByRole('button', { name: 'Registrati' }).click()
    await expect(page.getByRole('status').innerText()).resolves.toContain('Controlla la tua e-mail')

    const confirmation = await mailTo(EMAIL, /account\/verify\//)
    const link = /https?:\/\/[^\s"<>]+\/it\/account\/verify\/\?token=[0-9a-f]{40}/.exec(confirmation)?.[0]
    expect(link, confirmation).toBeDefined()
    expect(new URL(link!).origin).toBe(new URL(site.url).origin)
    await page.goto(link!)
    await expect(page.getByRole('status').innerText()).resolves.toContain('attende l')

    await signIn(page)
    await expect(page.getByRole('alert').innerText()).resolves.toContain(
      'in attesa di approvazione da parte del tuo comitato',
    )
    expect((await context.cookies()).find((cookie) => cookie.name === 'payload-token')).toBeUndefined()

    // The unit's validator approves (as from the admin dashboard's list).
    const validator = await client.token('validator.milano')
    const pending = await client.api('users/pending', validator)
    const person = (pending.body.docs as { id: number | string; displayName: string }[]).find(
      (doc) => doc.displayName === 'Giorgia Esposito',
    )
    expect(person).toBeDefined()
    const decided = await client.api(`users/${person!.id}/account-decision`, validator, {
      method: 'POST',
      body: JSON.stringify({ decision: 'approve', comment: 'Benvenuta in RedCloud!' }),
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    expect(await mailTo(EMAIL, /Benvenuta in RedCloud!/)).toContain('/it/account/login/')

    await signIn(page)
    expect(new URL(page.url()).pathname).toBe('/it/')
    expect((await context.cookies()).find((cookie) => cookie.name === 'payload-token')).toBeDefined()
    await page.goto(`${site.url}/it/account/login/`)
    await expect(page.locator('main').innerText()).resolves.toContain('Giorgia Esposito')
    await page.screenshot({ path: path.join(SHOTS, 'registration-signed-in-phone.png'), fullPage: true })
    await context.close()

    // The new member submits a practice from the phone (the form itself needs JavaScript).
    const withScripts = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    const form = await withScripts.newPage()
    await signIn(form)
    await form.waitForURL(`${site.url}/it/`)
    await form.goto(`${site.url}/it/submit/`)
    await expect.poll(() => form.locator('#submission-form').isVisible()).toBe(true)
    const field = (name: string) => form.locator(`#submission-form [name="${name}"]`)
    await field('title').fill('Merende solidali al centro diurno')
    await field('summary').fill('Ogni venerdì i volontari portano la merenda agli ospiti del centro diurno.')
    await field('description').fill(
      'Raccogliamo le offerte dei forni del quartiere.\nLe portiamo il venerdì.',
    )
    await field('themes').first().check()
    await form.locator('[name="targetGroups"][value="elderly"]').check()
    const step = () => form.locator('section[data-step]:visible').first().getAttribute('data-step')
    for (let i = 0; i < 10 && !(await form.locator('#submission-submit').isVisible()); i++) {
      const before = await step()
      await form.locator('#submission-next').click()
      await expect
        .poll(
          async () => (await form.locator('#submission-submit').isVisible()) || (await step()) !== before,
          {
            timeout: 20_000,
          },
        )
        .toBe(true)
    }
    await form.locator('#submission-submit').click()
    await form.waitForURL(/\/it\/account\/submissions\/\?submitted=/)
    await expect(form.locator('main').innerText()).resolves.toContain('Merende solidali al centro diurno')
    await form.screenshot({
      path: path.join(SHOTS, 'registration-first-submission-phone.png'),
      fullPage: true,
    })
    await withScripts.close()
  })

  it('refuses a registration posted from another site, and answers known and unknown addresses alike', async () => {
    const body = new URLSearchParams({ name: 'X', email: 'x@example.org', password: PASSWORD })
    const crossSite = await fetch(`${site.url}/en/account/register/`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      redirect: 'manual',
    })
    expect(crossSite.status).toBe(403)

    const { context, page } = await phone()
    const texts: string[] = []
    for (const address of ['volunteer.roma@redcloud.example.org', `nobody.${Date.now()}@example.org`]) {
      await page.goto(`${site.url}/en/account/register/`)
      await page.getByLabel('Your name').fill('Someone')
      await page.getByLabel('E-mail', { exact: true }).fill(address)
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
      await page.getByLabel('Your unit').selectOption({ label: 'Comitato di Roma' })
      await page.getByLabel(/I accept the terms of use/).check()
      await page.getByRole('button', { name: 'Register' }).click()
      texts.push(await page.getByRole('status').innerText())
    }
    expect(texts[0]).toContain('Check your e-mail')
    expect(texts[1]).toBe(texts[0])
    await context.close()
  })
})
