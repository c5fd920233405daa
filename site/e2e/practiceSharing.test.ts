import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSite } from './startSite'

import { DEMO_PASSWORD } from '@redcloud/testing/signIn'
import { startE2eStack, type E2eStack } from './startE2eStack'

let stack: E2eStack
let site: RunningSite
let browser: Browser

beforeAll(async () => {
  stack = await startE2eStack({ proxyCms: true, cmsEnv: (siteUrl) => ({ SITE_URL: siteUrl }) })
  ;({ site, browser } = stack)
}, 300_000)

afterAll(async () => {
  await stack?.stop()
})

const signedIn = async (name: string): Promise<Page> => {
  const context = await browser.newContext({ locale: 'en-GB' })
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
  return page
}

describe('similar practices, adapting and contacting on the site', () => {
  it('shows "similar practices already exist" while a title is typed on the submission form', async () => {
    const page = await signedIn('volunteer.roma')
    await page.goto(`${site.url}/en/submit/`)
    const title = page.locator('#submission-form [name="title"]')
    await title.waitFor({ state: 'visible' })
    await title.pressSequentially('Telephone companionship for older people', { delay: 20 })
    const hint = page.locator('[data-similar-hint]')
    await hint.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await hint.textContent()).toMatch(/similar practices? already exists?/)
    expect(await hint.locator('a[href="/en/practices/pronto-nonno-compagnia-telefonica/"]').count()).toBe(1)
    await page.context().close()
  })

  it('a practice page lists related practices and relays a message to its author', async () => {
    const page = await signedIn('volunteer.torino')
    await page.goto(`${site.url}/en/practices/pronto-nonno-compagnia-telefonica/`)
    expect(await page.locator('.related-practices li').count()).toBeGreaterThan(0)
    await page.locator('[data-contact-author]').click()
    await page.locator('#contact-message').fill('Could we talk about your telephone service?')
    await page.locator('form.contact-author button[type="submit"]').click()
    await page.locator('[data-contact-sent]').waitFor()
    expect(await page.content()).not.toContain('volunteer.milano@')
    await page.context().close()
  })

  it('"Adapt for my unit" opens the new draft on the submission form', async () => {
    const page = await signedIn('volunteer.roma')
    await page.goto(`${site.url}/en/practices/pronto-nonno-compagnia-telefonica/`)
    await Promise.all([page.waitForURL(/\/en\/submit\/[\w-]+\/$/), page.locator('[data-adapt]').click()])
    const title = page.locator('#submission-form [name="title"]')
    await title.waitFor({ state: 'visible' })
    expect(await title.inputValue()).toMatch(/Hello Grandpa/)
    await page.context().close()
  })
})
