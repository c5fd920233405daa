import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSite } from './startSite'

import { startE2eStack, type E2eStack } from './startE2eStack'
import { startTestIdentityProvider, type TestIdentityProvider } from './startTestIdentityProvider'

const EMAIL = 'volunteer.torino@redcloud.example.org'
const NEWCOMER = 'sso.newcomer@example.org'
const SHARED_SECRET = 'e2e-sso-shared-secret-0123456789abcdef'

let idp: TestIdentityProvider
let stack: E2eStack
let site: RunningSite
let browser: Browser

beforeAll(async () => {
  stack = await startE2eStack({
    proxyCms: true,
    // The identity provider must know the site's callback before anything else starts.
    cmsEnv: async (siteUrl) => {
      idp = await startTestIdentityProvider({
        client: {
          id: 'redcloud-site',
          secret: 'e2e-client-secret',
          redirectUri: `${siteUrl}/en/account/sso/cri/callback/`,
        },
        login: 'torino',
        claims: { email: EMAIL, email_verified: true },
        // People the CMS does not know yet: it creates their accounts (SSO_PROVISION=active).
        accounts: {
          newcomer: {
            email: NEWCOMER,
            email_verified: true,
            name: 'Nuova Volontaria',
            locale: 'it-IT',
            cri_unit: 'LOM-MI',
            roles: ['admin'],
          },
          stranger: { email: 'sso.stranger@example.org', email_verified: true, cri_unit: 'NOPE-XX' },
        },
        scopes: { profile: ['name', 'locale'], cri_unit: ['cri_unit', 'roles'] },
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
          scopes: ['profile', 'cri_unit'],
        },
      ])
      return {
        SITE_URL: siteUrl,
        SSO_SHARED_SECRET: SHARED_SECRET,
        SSO_PROVISION: 'active',
        SSO_UNIT_CLAIM: 'cri_unit',
      }
    },
  })
  ;({ site, browser } = stack)
}, 300_000)

afterAll(async () => {
  await stack?.stop()
  await idp?.stop()
})

const newContext = async (): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } })
  // Nothing leaves this machine (the test provider's page asks for a web font).
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  )
  return context
}

/** From the site's sign-in page through the test provider's own login form. */
const signInWithProvider = async (page: Page, login = 'torino') => {
  await page.goto(`${site.url}/en/account/login/?next=/en/`)
  const link = page.getByRole('link', { name: 'Intranet CRI' })
  await expect(link.getAttribute('href')).resolves.toBe('/en/account/sso/cri/?next=%2Fen%2F')
  await link.click()
  await page.waitForURL(`${idp.issuer}/**`)
  await page.locator('input[name="login"]').fill(login)
  await page.locator('input[name="password"]').fill('anything')
  await page.getByRole('button', { name: 'Sign-in' }).click()
}

const sessionCookie = async (context: BrowserContext) =>
  (await context.cookies()).find((cookie) => cookie.name === 'payload-token')

describe('single sign-on with OpenID Connect', () => {
  it('refuses a sign-in whose state was tampered with, and opens no session', async () => {
    const context = await newContext()
    const page = await context.newPage()
    // The site's redirect to the provider carries another state than the one in its cookie.
    await context.route(
      (url) => url.pathname === '/en/account/sso/cri/',
      async (route) => {
        const response = await route.fetch({ maxRedirects: 0 })
        const location = new URL(response.headers().location ?? '')
        location.searchParams.set('state', 'tampered-state')
        await route.fulfill({ response, headers: { ...response.headers(), location: location.href } })
      },
    )
    await signInWithProvider(page)
    await page.waitForURL(`${site.url}/en/account/sso/cri/callback/**`)
    await expect(page.getByRole('alert').innerText()).resolves.toContain(
      'Intranet CRI did not sign you in to RedCloud.',
    )
    expect(await sessionCookie(context)).toBeUndefined()
    const cookies = await context.cookies(site.url)
    expect(cookies.find((cookie) => cookie.name === 'redcloud-sso')).toBeUndefined()
    await context.close()
  })

  it('signs in at the provider, comes back signed in, and signs out', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await signInWithProvider(page)
    await page.waitForURL(`${site.url}/en/`)
    const cookie = await sessionCookie(context)
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })

    // As the page's own script asks, with the session cookie.
    const me = await page.evaluate(async () => {
      const response = await fetch('/api/users/me', { credentials: 'same-origin' })
      return (await response.json()) as { user: { email: string; displayName: string } | null }
    })
    expect(me.user?.email).toBe(EMAIL)
    const header = page.locator('header.site')
    await header.getByText(me.user!.displayName).waitFor()

    await header.getByRole('button', { name: 'Sign out' }).click()
    await expect(header.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(true)
    expect(await sessionCookie(context)).toBeUndefined()
    // The CMS ended that session: the old token opens nothing any more.
    const after = await fetch(`${stack.cms.url}/api/users/me`, {
      headers: { Authorization: `JWT ${cookie!.value}` },
    })
    expect(((await after.json()) as { user: unknown }).user).toBeNull()
    await context.close()
  })

  it('creates the account of a newcomer from the claims, a member of the claimed unit and nothing more', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await signInWithProvider(page, 'newcomer')
    await page.waitForURL(`${site.url}/en/`)
    const me = await page.evaluate(async () => {
      const response = await fetch('/api/users/me', { credentials: 'same-origin' })
      return (await response.json()) as {
        user: { email: string; displayName: string; roles: string[]; preferredLanguage: string } | null
      }
    })
    expect(me.user).toMatchObject({
      email: NEWCOMER,
      displayName: 'Nuova Volontaria',
      roles: ['member'],
      preferredLanguage: 'it',
    })
    await page.locator('header.site').getByText('Nuova Volontaria').waitFor()
    await context.close()
  })

  it('refuses a newcomer whose unit claim names no unit, and says which claim', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await signInWithProvider(page, 'stranger')
    await page.waitForURL(`${site.url}/en/account/sso/cri/callback/**`)
    const alert = await page.getByRole('alert').innerText()
    expect(alert).toContain('Intranet CRI does not say which unit')
    expect(alert).toContain('“cri_unit”')
    expect(await sessionCookie(context)).toBeUndefined()
    await context.close()
  })
})
