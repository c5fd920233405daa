import { createRequire } from 'module'
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
// Evaluated through the DevTools protocol: a <script> tag would be (rightly) refused by the site's CSP.
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const email = (name: string) => `${name}@redcloud.example.org`

let stack: E2eStack
let cms: RunningCms
let site: RunningSite
let browser: Browser
/** A published practice volunteer.milano has not liked yet. */
let practice: { id: string; slug: string }

const client = cmsClient(() => cms.url)
const cmsApi = async (pathname: string, token?: string) => (await client.api(pathname, token)).body

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  stack = await startE2eStack({
    proxyCms: true,
    // The browser's origin is the site's: the CMS must accept its cookie-authenticated writes.
    cmsEnv: (siteUrl) => ({ SITE_URL: siteUrl, RATE_LIMIT_LOGIN: '4/15m' }),
    beforeSite: async (started) => {
      cms = started
      await chooseUnlikedPractice()
    },
  })
  ;({ site, browser } = stack)
}, 300_000)

/** A published practice volunteer.milano has not liked yet. */
const chooseUnlikedPractice = async () => {
  const token = await client.token('volunteer.milano')
  const liked = new Set(
    ((await cmsApi('likes?limit=0&depth=0', token)).docs as { practice: number | string }[]).map((like) =>
      String(like.practice),
    ),
  )
  const published = (await cmsApi('practices?limit=50&depth=0&sort=createdAt')).docs as {
    id: number | string
    slug: string
  }[]
  const choice = published.find((doc) => !liked.has(String(doc.id)))!
  practice = { id: String(choice.id), slug: choice.slug }
}

afterAll(async () => {
  await stack?.stop()
})

const open = async (pathname: string, { javaScriptEnabled = true } = {}) => {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 800, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${site.url}${pathname}`)
  return { context, page }
}

const signIn = async (page: Page, name: string, password = DEMO_PASSWORD) => {
  await page.getByLabel('E-mail').fill(email(name))
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Serious or critical WCAG 2.1 AA violations axe-core finds on the page as it is now. */
const axeViolations = async (page: Page) => {
  await page.evaluate(AXE)
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: Record<string, any>[] }> }
    }
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n: { target: string[] }) => n.target.join(' ')).join(', ')}`)
  })
}

const sessionCookie = async (context: BrowserContext) =>
  (await context.cookies()).find((cookie) => cookie.name === 'payload-token')

describe('taking part on the site', () => {
  it('refuses a cross-site POST to the sign-in route, and sets no cookie', async () => {
    for (const headers of <Record<string, string>[]>[
      { Origin: 'http://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
      { 'Content-Type': 'application/json' },
    ]) {
      const response = await fetch(`${site.url}/en/account/login/`, {
        method: 'POST',
        headers,
        body: `email=${encodeURIComponent(email('volunteer.milano'))}&password=${DEMO_PASSWORD}`,
        redirect: 'manual',
      })
      expect(response.status, JSON.stringify(headers)).toBe(403)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    const logout = await fetch(`${site.url}/en/account/logout/`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      redirect: 'manual',
    })
    expect(logout.status).toBe(403)
  })

  it('answers a wrong password and an unknown e-mail with the same message', async () => {
    const { context, page } = await open('/fr/account/login/')
    const messages: string[] = []
    for (const [address, password] of [
      [email('volunteer.roma'), 'not-the-password-1'],
      ['nobody.here@redcloud.example.org', 'not-the-password-1'],
    ] as const) {
      await page.getByLabel('E-mail').fill(address)
      await page.getByLabel('Mot de passe').fill(password)
      const [response] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith('/fr/account/login/') && r.request().method() === 'POST',
        ),
        page.getByRole('button', { name: 'Se connecter' }).click(),
      ])
      expect(response.status()).toBe(401)
      messages.push(await page.getByRole('alert').innerText())
    }
    expect(messages[0]).toContain('L\u2019e-mail ou le mot de passe'.replace('\u2019', "'"))
    expect(messages[1]).toBe(messages[0])
    expect(await sessionCookie(context)).toBeUndefined()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('shows the CMS’s rate limit on sign-in with its wait', async () => {
    const { context, page } = await open('/it/account/login/')
    const statuses: number[] = []
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel('E-mail').fill('limit.test@redcloud.example.org')
      await page.getByLabel('Password').fill('not-the-password-1')
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Accedi' }).click(),
      ])
      statuses.push(response.status())
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429])
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(
      /Troppi tentativi: riprova tra \d+ minuti\./,
    )
    await context.close()
  })

  it('confirms a forgotten-password request the same way for a known and an unknown address', async () => {
    const { context, page } = await open('/en/account/forgot/')
    const confirmations: string[] = []
    for (const address of [email('validator.milano'), 'nobody.here@redcloud.example.org']) {
      await page.goto(`${site.url}/en/account/forgot/`)
      await page.getByLabel('E-mail').fill(address)
      await page.getByRole('button', { name: 'Send the link' }).click()
      confirmations.push(await page.getByRole('status').innerText())
    }
    expect(confirmations[0]).toContain('If an account uses this address')
    expect(confirmations[1]).toBe(confirmations[0])
    await context.close()
  })

  it('explains a reset link without a token, two different passwords and an unknown token', async () => {
    const { context, page } = await open('/es/account/reset/')
    await expect(page.getByRole('alert').innerText()).resolves.toBe('Este enlace no es válido o ha caducado.')
    await page.goto(`${site.url}/es/account/reset/?token=0123456789abcdef0123456789abcdef01234567`)
    await page.getByLabel('Nueva contraseña', { exact: true }).fill('una contraseña larga 1')
    await page.getByLabel('Repite la nueva contraseña').fill('otra contraseña larga 2')
    await page.getByRole('button', { name: 'Guardar la nueva contraseña' }).click()
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Las dos contraseñas no coinciden.')
    await expect(page.getByLabel('Repite la nueva contraseña').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    )
    await page.getByLabel('Nueva contraseña', { exact: true }).fill('una contraseña larga 1')
    await page.getByLabel('Repite la nueva contraseña').fill('una contraseña larga 1')
    await page.getByRole('button', { name: 'Guardar la nueva contraseña' }).click()
    await expect(page.getByRole('alert').innerText()).resolves.toBe('Este enlace no es válido o ha caducado.')
    await expect(
      page.getByRole('link', { name: 'Pedir un nuevo enlace' }).getAttribute('href'),
    ).resolves.toBe('/es/account/forgot/')
    await context.close()
  })

  it('signs in and out without JavaScript: counts and a sign-in link, an HttpOnly Lax cookie', async () => {
    const { context, page } = await open(`/en/practices/${practice.slug}/`, { javaScriptEnabled: false })
    const section = page.locator('[data-participation]')
    await expect(section.locator('[data-like]').isHidden()).resolves.toBe(true)
    await section.getByRole('link', { name: 'Sign in to comment and like' }).click()
    expect(new URL(page.url()).pathname).toBe('/en/account/login/')
    await signIn(page, 'volunteer.milano')
    expect(page.url()).toBe(`${site.url}/en/practices/${practice.slug}/#comments`)
    const cookie = await sessionCookie(context)
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })

    await page.goto(`${site.url}/en/account/logout/`)
    await expect(page.locator('main').innerText()).resolves.toContain('Signed in as Sara Galli')
    await page.getByRole('button', { name: 'Sign out' }).last().click()
    expect(new URL(page.url()).pathname).toBe('/en/')
    expect(await sessionCookie(context)).toBeUndefined()
    // The CMS ended that session: the old token no longer opens anything.
    const me = await cmsApi('users/me', cookie!.value)
    expect(me.user).toBeNull()
    await context.close()
  })

  it('signs in, comments (script shown as text), likes, unlikes, deletes and signs out with JavaScript', async () => {
    const { context, page } = await open(`/en/practices/${practice.slug}/`)
    const header = page.locator('header.site')
    const section = page.locator('[data-participation]')
    const likeCount = section.locator('[data-like-count]')
    await expect(header.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(true)
    const before = await likeCount.innerText()

    await section.getByRole('link', { name: 'Sign in to comment and like' }).click()
    await signIn(page, 'volunteer.milano')
    await page.waitForURL(`**/en/practices/${practice.slug}/#comments`)
    await header.getByText('Sara Galli').waitFor()
    await expect(header.getByRole('link', { name: 'My submissions' }).getAttribute('href')).resolves.toBe(
      '/en/account/submissions/',
    )
    await expect(header.getByRole('link', { name: 'Sign in' }).isHidden()).resolves.toBe(true)

    // Like, and the state survives a reload; unlike brings the count back.
    const like = section.getByRole('button', { name: 'I like it' })
    await like.waitFor()
    await expect(like.getAttribute('aria-pressed')).resolves.toBe('false')
    await like.click()
    await page.waitForFunction(
      () => document.querySelector('[data-like]')?.getAttribute('aria-pressed') === 'true',
    )
    await page.waitForFunction(
      (old) => document.querySelector('[data-participation] [data-like-count]')?.textContent !== old,
      before,
    )
    const liked = await likeCount.innerText()
    expect(Number.parseInt(liked)).toBe((Number.parseInt(before) || 0) + 1)
    await page.reload()
    await page.waitForFunction(
      () => document.querySelector('[data-like]')?.getAttribute('aria-pressed') === 'true',
    )
    await like.click()
    await page.waitForFunction(
      () => document.querySelector('[data-like]')?.getAttribute('aria-pressed') === 'false',
    )
    await page.waitForFunction(
      (old) => document.querySelector('[data-participation] [data-like-count]')?.textContent === old,
      before,
    )

    // A comment with a script tag is shown as text and runs nothing.
    const body = '<script>window.__pwned = 1</script> Great idea, we will try it in Milano!'
    const box = section.getByLabel('Your comment')
    await box.fill(body)
    await expect(section.getByText(`${body.length} of 2000 characters`).isVisible()).resolves.toBe(true)
    await section.getByRole('button', { name: 'Publish the comment' }).click()
    await section.getByRole('status').getByText('Your comment is published.').waitFor()
    const first = section.locator('[data-comments] > li').first()
    await expect(first.locator('.comment-body').innerText()).resolves.toBe(body)
    await expect(first.locator('.comment-meta').innerText()).resolves.toMatch(/^Sara Galli, .+ · /)
    expect(await section.locator('[data-comments] script').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    await expect(box.inputValue()).resolves.toBe('')

    // After a reload it is still the newest; the author edits it, then deletes it.
    await page.reload()
    await expect(first.locator('.comment-body').innerText()).resolves.toBe(body)
    await first.getByRole('button', { name: 'Edit' }).click()
    const editor = first.getByLabel('Edit your comment')
    await expect(editor.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
    await editor.fill('Edited: great idea.')
    await first.getByRole('button', { name: 'Save' }).click()
    await section.getByRole('status').getByText('Your comment is updated.').waitFor()
    await expect(first.locator('.comment-body').innerText()).resolves.toBe('Edited: great idea.')
    await page.screenshot({ path: path.join(SHOTS, 'site-participation-signed-in.png'), fullPage: true })
    expect(await axeViolations(page)).toEqual([])

    // Someone else reports it.
    const other = await open(`/en/account/login/?next=/en/practices/${practice.slug}/`)
    await signIn(other.page, 'volunteer.roma')
    const theirs = other.page.locator('[data-comments] > li').first()
    await expect(theirs.locator('.comment-body').innerText()).resolves.toBe('Edited: great idea.')
    expect(await theirs.getByRole('button', { name: 'Edit' }).count()).toBe(0)
    other.page.once('dialog', (dialog) => void dialog.accept())
    await theirs.getByRole('button', { name: 'Report' }).click()
    await other.page
      .getByRole('status')
      .getByText('Thank you: the moderators will look at this comment.')
      .waitFor()
    await other.context.close()

    page.once('dialog', (dialog) => void dialog.accept())
    await first.getByRole('button', { name: 'Delete' }).click()
    await section.getByRole('status').getByText('Your comment is deleted.').waitFor()
    expect(await section.getByText('Edited: great idea.').count()).toBe(0)
    const left = (await cmsApi(`comments?where[practice][equals]=${practice.id}&limit=0`)).docs as {
      body: string
    }[]
    expect(left.map((comment) => comment.body)).not.toContain('Edited: great idea.')

    await header.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(`${site.url}/en/practices/${practice.slug}/`)
    await expect(header.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(true)
    expect(await sessionCookie(context)).toBeUndefined()
    await page.screenshot({ path: path.join(SHOTS, 'site-participation-signed-out.png'), fullPage: true })
    await context.close()
  })
})
