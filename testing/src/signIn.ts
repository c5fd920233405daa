import type { Browser, Page } from 'playwright-core'

export const DEMO_PASSWORD = process.env.SEED_PASSWORD ?? 'redcloud-demo'

/** Signs a demo account into the admin panel in a fresh browser context (desktop size; Italian unless told). */
export const signIn = async ({
  browser,
  name,
  url,
  locale = 'it-IT',
}: {
  browser: Browser
  name: string
  url: string
  /** The browser's language, which the admin panel answers in. */
  locale?: string
}): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale })
  const page = await context.newPage()
  await page.goto(`${url}/admin/login`)
  await page.locator('input[name="email"]').fill(`${name}@redcloud.example.org`)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}
