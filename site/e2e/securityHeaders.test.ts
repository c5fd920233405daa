import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSite } from './startSite'

import { DEMO_PASSWORD } from '@redcloud/testing/signIn'
import { cmsClient } from './cmsClient'
import { startE2eStack, type E2eStack } from './startE2eStack'
import { startTestIdentityProvider, type TestIdentityProvider } from './startTestIdentityProvider'

const SHARED_SECRET = 'e2e-sso-shared-secret-0123456789abcdef'
const HOSTILE_NEXT = '/.//evil.example/'

let idp: TestIdentityProvider
let stack: E2eStack
let site: RunningSite
let browser: Browser
let practiceSlug = ''
let guideSlug = ''

const client = cmsClient(() => stack.cms.url)

beforeAll(async () => {
  stack = await startE2eStack({
    proxyCms: true,
    cmsEnv: async (siteUrl) => {
      idp = await startTestIdentityProvider({
        client: {
          id: 'redcloud-site',
          secret: 'e2e-client-secret',
          redirectUri: `${siteUrl}/en/account/sso/cri/callback/`,
        },
        login: 'torino',
        claims: { email: 'volunteer.torino@redcloud.example.org', email_verified: true },
      })
      // The site server takes its environment from this process.
      process.env.SSO_SHARED_SECRET = SHARED_SECRET
      process.env.OIDC_PROVIDERS = JSON.stringify([
        {
          id: 'cri',
          label: 'Intranet CRI',
          issuer: idp.issuer,
          clientId: 'redcloud-site',
          clientSecret: 'e2e-client-secret',
        },
      ])
      return { SITE_URL: siteUrl, SSO_SHARED_SECRET: SHARED_SECRET }
    },
  })
  ;({ site, browser } = stack)
  practiceSlug = (
    (await client.api('practices?limit=1&depth=0&sort=createdAt')).body.docs[0] as { slug: string }
  ).slug
  guideSlug = ((await client.api('guides?limit=1&depth=0')).body.docs[0] as { slug: string }).slug
}, 300_000)

afterAll(async () => {
  await stack?.stop()
  await idp?.stop()
})

/** A browser window that reports every CSP violation and every request that would leave this machine. */
const watchedContext = async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-GB' })
  const violations: string[] = []
  const offSite: string[] = []
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      offSite.push(route.request().url())
      return route.abort()
    },
  )
  await context.exposeBinding('reportViolation', ({ frame }, text: string) => {
    if (frame.url().startsWith(site.url)) violations.push(text)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${document.location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      ),
    )
  })
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text()))
      violations.push(`console on ${message.location().url}: ${message.text()}`)
  })
  return { context, violations, offSite }
}

const signInThroughForm = async (page: Page, next: string) => {
  await page.goto(`${site.url}/en/account/login/?next=${encodeURIComponent(next)}`)
  await page.getByLabel('E-mail').fill('volunteer.milano@redcloud.example.org')
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForLoadState()
}

const sessionCookie = async (context: BrowserContext) =>
  (await context.cookies()).find((cookie) => cookie.name === 'payload-token')

const expectStrictHeaders = (headers: Headers, what: string) => {
  const policy = headers.get('content-security-policy') ?? ''
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  )
  expect(directives.get('frame-ancestors'), what).toEqual(["'none'"])
  expect(directives.get('object-src'), what).toEqual(["'none'"])
  expect(directives.get('base-uri'), what).toEqual(["'self'"])
  expect(directives.get('form-action'), what).toEqual(["'self'"])
  expect(directives.get('script-src'), what).toContain("'self'")
  expect(directives.get('script-src'), what).not.toContain("'unsafe-inline'")
  expect(directives.get('script-src'), what).not.toContain("'unsafe-eval'")
  expect(directives.get('style-src'), what).not.toContain("'unsafe-inline'")
  expect(directives.get('img-src'), what).toContain(new URL(stack.cms.url).origin)
  // Account pages keep a stricter one of their own (a reset link's token must not leave in a Referer).
  expect(['strict-origin-when-cross-origin', 'same-origin'], what).toContain(headers.get('referrer-policy'))
  expect(headers.get('x-content-type-options'), what).toBe('nosniff')
}

describe('SECURITY.md §9 Rendering: every site response sends a strict Content-Security-Policy', () => {
  it('on prerendered and on-demand pages, 404s, redirects, feeds and open-data files', async () => {
    const token = await client.token('volunteer.milano')
    const paths: [string, Record<string, string>?][] = [
      ['/'],
      ['/it/'],
      ['/it/practices/'],
      ['/it/practices'],
      [`/it/practices/${practiceSlug}/`],
      ['/it/search/?q=anziani'],
      ['/it/faq/'],
      [`/en/guides/${guideSlug}/`],
      ['/en/account/login/'],
      ['/en/account/register/'],
      ['/fr/account/verify/?token=0123456789abcdef0123456789abcdef01234567'],
      ['/en/submit/'],
      ['/en/submit/', { Cookie: `payload-token=${token}` }],
      ['/en/account/submissions/', { Cookie: `payload-token=${token}` }],
      ['/it/no-such-page/'],
      ['/it/rss.xml'],
      ['/sitemap.xml'],
      ['/open-data/practices.json'],
      ['/open-data/practices.csv'],
    ]
    for (const [pathname, headers] of paths) {
      const response = await fetch(`${site.url}${pathname}`, { headers, redirect: 'manual' })
      expect(response.status, pathname).toBeLessThan(500)
      expectStrictHeaders(response.headers, pathname)
    }
    // The CMS's own answers (the admin panel) keep the CMS's headers, not the site's.
    const cms = await fetch(`${site.url}/api/users/me`)
    expect(cms.headers.get('content-security-policy') ?? '').not.toContain("form-action 'self'")
  })

  it('runs every page without a violation, and its scripts still work: search, participation, submission', async () => {
    const { context, violations, offSite } = await watchedContext()
    const page = await context.newPage()
    for (const pathname of [
      '/it/',
      '/it/practices/',
      '/it/faq/',
      `/en/guides/${guideSlug}/`,
      '/it/no-such-page/',
      '/es/account/register/',
    ]) {
      await page.goto(`${site.url}${pathname}`)
      await page.waitForLoadState('networkidle')
    }
    await page.goto(`${site.url}/it/search/?q=anziani`)
    await page.locator('.results li').first().waitFor({ timeout: 20_000 })

    await signInThroughForm(page, `/en/practices/${practiceSlug}/`)
    expect(page.url()).toBe(`${site.url}/en/practices/${practiceSlug}/`)
    const like = page.locator('[data-participation]').getByRole('button', { name: 'I like it' })
    await like.waitFor()
    await page.locator('header.site').getByText('Sara Galli').waitFor()

    await page.goto(`${site.url}/en/submit/`)
    await expect.poll(() => page.locator('#submission-form').isVisible()).toBe(true)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    expect(offSite).toEqual([])
    await context.close()
  })
})

describe('SECURITY.md §14 Redirects: a hostile next never leaves the site', () => {
  it('after signing in and signing out', async () => {
    const { context, offSite } = await watchedContext()
    const page = await context.newPage()
    await signInThroughForm(page, HOSTILE_NEXT)
    expect(await sessionCookie(context)).toBeDefined()
    expect(page.url()).toBe(`${site.url}/en/`)
    const onSite = (location: null | string | undefined) => new URL(location ?? '', site.url).origin

    // Signed in already: the sign-in page offers a link to `next`.
    await page.goto(`${site.url}/en/account/login/?next=${encodeURIComponent(HOSTILE_NEXT)}`)
    const href = await page.getByRole('link', { name: 'Continue' }).getAttribute('href')
    expect(onSite(href)).toBe(site.url)

    // The routes' own answers (the form-action policy would also stop a browser from following them).
    const asForm = { headers: { Origin: site.url }, maxRedirects: 0 }
    const login = await page.request.post(`${site.url}/en/account/login/`, {
      ...asForm,
      form: { email: 'volunteer.milano@redcloud.example.org', password: DEMO_PASSWORD, next: HOSTILE_NEXT },
    })
    expect(login.status()).toBe(303)
    expect(onSite(login.headers().location)).toBe(site.url)
    const logout = await page.request.post(`${site.url}/en/account/logout/`, {
      ...asForm,
      form: { next: HOSTILE_NEXT },
    })
    expect(logout.status()).toBe(303)
    expect(onSite(logout.headers().location)).toBe(site.url)
    expect(await sessionCookie(context)).toBeUndefined()
    expect(offSite).toEqual([])
    await context.close()
  })

  it('after single sign-on, where no click is needed', async () => {
    const { context, offSite } = await watchedContext()
    // The test provider's own page is on 127.0.0.1 too; only evil.example would be off-site.
    const page = await context.newPage()
    await page.goto(`${site.url}/en/account/sso/cri/?next=${encodeURIComponent(HOSTILE_NEXT)}`)
    await page.waitForURL(`${idp.issuer}/**`)
    await page.locator('input[name="login"]').fill('torino')
    await page.locator('input[name="password"]').fill('anything')
    await page.getByRole('button', { name: 'Sign-in' }).click()
    await page.waitForURL(`${site.url}/en/`)
    expect(await sessionCookie(context)).toBeDefined()
    expect(offSite.filter((url) => url.includes('evil.example'))).toEqual([])
    await context.close()
  })
})
