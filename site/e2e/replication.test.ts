import fs from 'fs'
import path from 'path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatShift } from '@redcloud/cms/contract'
import { DEMO_PASSWORD, signIn } from '@redcloud/testing/signIn'
import type { RunningCms } from '@redcloud/testing/startCms'
import type { RunningSite } from './startSite'

import { cmsClient } from './cmsClient'
import { startE2eStack, type E2eStack } from './startE2eStack'

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const ADAPTATIONS = 'Con le scuole medie del Municipio VIII.'

let stack: E2eStack
let cms: RunningCms
let site: RunningSite
let browser: Browser
/** A published Milano practice nobody replicates yet. */
let practice: { id: string; slug: string }
let replication = ''

const client = cmsClient(() => cms.url)

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  stack = await startE2eStack({
    proxyCms: true,
    // The browser's origin is the site's; each publication rebuilds the site.
    cmsEnv: (siteUrl) => ({
      SITE_URL: siteUrl,
      SITE_REBUILD_URL: `${siteUrl}/__rebuild`,
      SITE_REBUILD_SECRET: 'e2e-site-rebuild-secret',
    }),
    beforeSite: async (started) => {
      cms = started
      const milano = (await client.api('units?where[code][equals]=LOM-MI&depth=0')).body.docs[0].id
      const { docs } = (
        await client.api(
          `practices?where[unit][equals]=${milano}&where[replicationCount][equals]=0&where[_status][equals]=published&depth=0&limit=1&sort=createdAt`,
        )
      ).body
      practice = { id: String(docs[0].id), slug: docs[0].slug }
    },
  })
  ;({ site, browser } = stack)
}, 300_000)

afterAll(async () => {
  await stack?.stop()
})

describe('replication: Roma replicates a Milano practice, its validator confirms, the site counts it', () => {
  it('a Roma member declares it from the practice page, without JavaScript', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 900 },
    })
    const page = await context.newPage()
    await page.goto(`${site.url}/en/practices/${practice.slug}/`)
    const section = page.getByTestId('replications')
    await expect(section.textContent()).resolves.toContain('No other unit')
    await section.getByRole('link', { name: 'We are replicating this' }).click()
    // Signing in first, then back to the form.
    await page.getByLabel('E-mail').fill('volunteer.roma@redcloud.example.org')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/en/account/replicate/', { timeout: 30_000 })
    await expect(page.textContent('body')).resolves.toContain('Comitato di Roma')
    await page.getByLabel('Where it stands').selectOption('running')
    await page.getByLabel('What your unit changes (optional)').fill(ADAPTATIONS)
    await page.screenshot({ path: path.join(SHOTS, 'replication-form-en.png'), fullPage: true })
    await page.getByRole('button', { name: 'Declare it' }).click()
    await page.getByTestId('replication-declared').waitFor({ timeout: 30_000 })

    // A second declaration of the same unit is refused, with the reason.
    await page.goto(`${site.url}/en/account/replicate/?practice=${practice.id}&slug=${practice.slug}`)
    await page.getByRole('button', { name: 'Declare it' }).click()
    await expect(page.getByTestId('replication-problem').textContent()).resolves.toContain('already declared')
    await context.close()

    const roma = await client.token('validator.roma')
    const { docs } = (await client.api(`replications?where[practice][equals]=${practice.id}&depth=1`, roma))
      .body
    expect(docs).toHaveLength(1)
    expect(docs[0].unit.code).toBe('LAZ-RM')
    expect(docs[0].status).toBe('running')
    expect(docs[0].workflow.stage).toBe('confirmation')
    replication = String(docs[0].id)
    // Not public until confirmed.
    expect((await client.api(`replications/${replication}`)).status).toBe(404)
  })

  it('the Roma validator confirms it in the admin panel, and "Replicated by 1 unit" with Roma reaches the rebuilt page', async () => {
    const page = await signIn({ browser, name: 'validator.roma', url: cms.url })
    await page.goto(`${cms.url}/admin/collections/replications/${replication}`)
    await page
      .getByTestId('workflow-stage')
      .filter({ hasText: 'In attesa di conferma' })
      .waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(SHOTS, 'replication-confirm-it.png'), fullPage: true })
    const confirmedAt = Date.now()
    await page.getByRole('button', { name: 'Approva' }).click()
    await page.getByTestId('workflow-stage').filter({ hasText: 'Confermata' }).waitFor({ timeout: 30_000 })
    await page.context().close()

    expect((await client.api(`practices/${practice.id}?depth=0`)).body.replicationCount).toBe(1)
    let html = ''
    while (Date.now() - confirmedAt < 240_000) {
      const response = await fetch(`${site.url}/en/practices/${practice.slug}/`)
      html = await response.text()
      if (html.includes('Replicated by 1 unit')) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(html).toContain('Replicated by 1 unit')
    // a practice's page may be published at once; home, listings and open data come with the build
    await site.waitForBuild(confirmedAt, 240_000)
    expect(html).toContain('Comitato di Roma')
    expect(html).toContain('Comitato Regionale Lazio')
    expect(html).toContain('Running')
    const italian = await (await fetch(`${site.url}/it/practices/${practice.slug}/`)).text()
    expect(italian).toContain('Replicata da 1 unità')
    expect(italian).toContain(ADAPTATIONS)
    const home = await (await fetch(`${site.url}/en/`)).text()
    expect(home).toContain('Recently replicated')
    const sorted = await (await fetch(`${site.url}/en/practices/most-replicated/`)).text()
    expect(sorted).toContain('most replicated first')
    const open = (await (await fetch(`${site.url}/open-data/practices.json`)).json()) as {
      practices: { slug: string; replicationCount: number; replications: { unit: { code: string } }[] }[]
    }
    const record = open.practices.find((p) => p.slug === practice.slug)
    expect(record?.replicationCount).toBe(1)
    expect(record?.replications.map((r) => r.unit.code)).toEqual(['LAZ-RM'])
    expect(JSON.stringify(open)).not.toContain('volunteer.roma')

    const browserPage = await browser.newPage()
    await browserPage.goto(`${site.url}/en/practices/${practice.slug}/`)
    await browserPage
      .getByTestId('replications')
      .screenshot({ path: path.join(SHOTS, 'replicated-by-en.png') })
    await browserPage.close()
  })

  it('in the admin panel, a published practice offers "We are replicating this", which opens the form with it filled in', async () => {
    const page = await signIn({ browser, name: 'volunteer.torino', url: cms.url, locale: 'en-GB' })
    await page.goto(`${cms.url}/admin/collections/practices/${practice.id}`)
    const button = page.getByTestId('declare-replication')
    await button.waitFor({ timeout: 30_000 })
    await button.click()
    // The link's navigation committed: the form itself is awaited below. (On a loaded CI machine
    // this wait, then until the page's load event, once ran out after 30 s; the cause is unproven.)
    await page.waitForURL((url) => url.pathname.endsWith('/collections/replications/create'), {
      timeout: 30_000,
      waitUntil: 'commit',
    })
    await expect(page.url()).toContain(`practice=${practice.id}`)
    // The relationship field shows the practice chosen.
    await page.locator('.rs__single-value').first().waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(SHOTS, 'replication-admin-create-en.png'), fullPage: true })
    await page.context().close()
  })
})

describe('Innovation Hub: a member applies for a full training without JavaScript and finds it in "My trainings"', () => {
  it('the training page lists free places, the apply button signs in first, the waitlist place is shown', async () => {
    const { docs } = (
      await client.api('trainings?where[title][equals]=First aid trainer course&locale=en&depth=0')
    ).body
    const training = docs[0] as { id: string; seats: number; seatsTaken: number }
    expect(training.seatsTaken).toBe(training.seats)
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 400, height: 900 },
    })
    const page = await context.newPage()
    await page.goto(`${site.url}/en/hub/trainings/`)
    await page.getByRole('link', { name: 'First aid trainer course' }).click()
    await expect(page.getByTestId('training-free').textContent()).resolves.toContain('Full')
    // who applied never reaches the prerendered pages
    expect(await page.content()).not.toMatch(/volunteer\.|@redcloud\.example\.org/)
    await page.getByTestId('training-apply').click()
    await page.getByLabel('E-mail').fill('validator.roma@redcloud.example.org')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === `/en/hub/trainings/${training.id}/`, { timeout: 30_000 })
    await page.getByTestId('training-apply').click()
    await expect(page.getByTestId('training-notice').textContent()).resolves.toMatch(
      /number \d+ on the waitlist/,
    )
    await expect(page.getByTestId('training-status').textContent()).resolves.toMatch(
      /On the waitlist \(number \d+\)/,
    )
    await page.screenshot({ path: path.join(SHOTS, 'my-trainings-en.png'), fullPage: true })
    await context.close()
    expect((await client.api('seat-claims?depth=0')).status).toBe(403)
  })
})

describe('Innovation Hub: a volunteer submits an idea to a challenge, reviewers take it to incubation, a mentor adds a note', () => {
  it('works without JavaScript from the challenge page to the mentor’s note; the idea never reaches the public site', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 900 },
    })
    const page = await context.newPage()
    // The Hub is in every page's header menu.
    await page.goto(`${site.url}/en/`)
    await page.locator('nav.main').getByRole('link', { name: 'Hub', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/en/hub/')
    await page.getByRole('link', { name: 'Nobody left alone: closer to older people' }).click()
    await page.getByTestId('propose-idea').click()
    await page.getByLabel('E-mail').fill('volunteer.roma@redcloud.example.org')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/en/account/ideas/', { timeout: 30_000 })
    const title = `Phone friends for older people ${Date.now()}`
    await page.getByTestId('idea-title').fill(title)
    // A title alone saves a draft; submitting needs the texts.
    await page.getByTestId('idea-save').click()
    await expect(page.getByTestId('idea-notice').textContent()).resolves.toContain('saved as a draft')
    await page.getByRole('link', { name: 'Edit' }).first().click()
    await expect(page.getByTestId('idea-title').inputValue()).resolves.toBe(title)
    await expect(page.getByTestId('idea-challenge').inputValue()).resolves.not.toBe('')
    await page.getByTestId('idea-problem').fill('Older people alone at home call nobody for weeks.')
    await page.getByTestId('idea-solution').fill('Volunteers call them twice a week and visit once a month.')
    await page.getByTestId('idea-beneficiaries').fill('Forty older people in Rome.')
    await page.getByTestId('idea-submit').click()
    await expect(page.getByTestId('idea-notice').textContent()).resolves.toContain('submitted')
    await expect(
      page.locator('[data-idea]').filter({ hasText: title }).getByTestId('idea-stage').textContent(),
    ).resolves.toBe('Submitted')
    await context.close()

    const found = (
      await client.api(
        `ideas?where[title][equals]=${encodeURIComponent(title)}&depth=0&draft=true`,
        await client.token('hub.reviewer'),
      )
    ).body.docs[0]
    const id = String(found.id)
    for (const reviewer of ['hub.reviewer', 'hub.reviewer2']) {
      const auth = await client.token(reviewer)
      const { body } = await client.api(`ideas/${id}/workflow`, auth)
      const decided = await client.api(`ideas/${id}/workflow`, auth, {
        method: 'POST',
        body: JSON.stringify({ action: 'approve', revision: body.revision }),
      })
      expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    }
    // A reviewer assigns the mentor in the admin panel, by e-mail address.
    const admin = await signIn({ browser, name: 'hub.reviewer', url: cms.url, locale: 'en-GB' })
    await admin.goto(`${cms.url}/admin/collections/ideas/${id}`)
    const panel = admin.getByTestId('mentors-panel')
    await panel.waitFor({ timeout: 30_000 })
    await panel.getByLabel("Mentor's e-mail address").fill('validator.lazio@redcloud.example.org')
    await panel.getByRole('button', { name: 'Assign' }).click()
    await expect(panel.getByRole('status').textContent()).resolves.toMatch(/^Mentors now: .+/)
    await admin.screenshot({ path: path.join(SHOTS, 'idea-mentors-admin-en.png'), fullPage: true })
    await admin.context().close()
    const mentorId = (await client.api('users/me', await client.token('validator.lazio'))).body.user.id
    const stored = (await client.api(`ideas/${id}?depth=0&draft=true`, await client.token('hub.reviewer')))
      .body
    expect(stored.mentors.map(String)).toEqual([String(mentorId)])

    const mentor = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 900 },
    })
    const mentorPage = await mentor.newPage()
    await mentorPage.goto(`${site.url}/en/account/ideas/`)
    await mentorPage.getByLabel('E-mail').fill('validator.lazio@redcloud.example.org')
    await mentorPage.getByLabel('Password').fill(DEMO_PASSWORD)
    await mentorPage.getByRole('button', { name: 'Sign in' }).click()
    await mentorPage.waitForURL((url) => url.pathname === '/en/account/ideas/', { timeout: 30_000 })
    const item = mentorPage.locator('[data-idea]').filter({ hasText: title })
    await expect(item.getByTestId('idea-stage').textContent()).resolves.toBe('Incubation')
    await item.getByTestId('idea-note').fill('First call done: the plan for the pilot is agreed.')
    await item.getByTestId('idea-note-add').click()
    await expect(mentorPage.getByTestId('idea-notice').textContent()).resolves.toContain('note is added')
    await expect(
      mentorPage.locator('[data-idea]').filter({ hasText: title }).getByTestId('idea-notes').textContent(),
    ).resolves.toContain('First call done')
    await mentorPage.screenshot({ path: path.join(SHOTS, 'my-ideas-mentor-en.png'), fullPage: true })
    await mentor.close()
    // Nobody outside reads it: not anonymous callers, not the public site.
    expect((await client.api(`ideas/${id}`)).status).toBe(404)
    expect((await client.api(`idea-notes?where[idea][equals]=${id}`)).status).toBe(403)
  })
})

describe('Volunteer calendar on a phone: find a need near me, sign up, see it in my shifts and in my calendar', () => {
  it('suggestions lead to the need, the sign-up is confirmed, My shifts and the private ICS list it; no names on public pages', async () => {
    const need = (await client.api('needs?where[title][equals]=Food parcel distribution&locale=en&depth=0'))
      .body.docs[0] as { id: string }
    const shifts = (await client.api(`shifts?where[need][equals]=${need.id}&sort=start&depth=0`)).body
      .docs as {
      id: string
      capacity: number
      seatsTaken: number
    }[]
    const open = shifts[1]!
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    const page = await context.newPage()
    // The volunteer calendar is in every page's header menu.
    await page.goto(`${site.url}/en/`)
    await page.locator('nav.main').getByRole('link', { name: 'Volunteer', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/en/volunteer/')
    await expect(
      page.getByRole('link', { name: 'Food parcel distribution' }).count(),
    ).resolves.toBeGreaterThan(0)
    expect(await page.content()).not.toMatch(/Sara Galli|volunteer\.|@redcloud\.example\.org/)
    await page.goto(`${site.url}/en/account/shifts/`)
    await page.getByLabel('E-mail').fill('volunteer.milano@redcloud.example.org')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/en/account/shifts/', { timeout: 30_000 })
    await page.getByRole('link', { name: 'Food parcel distribution' }).last().click()
    await page.waitForURL((url) => url.pathname === `/en/volunteer/${need.id}/`)
    // The need links the practice it serves (the demo's Emporio solidale).
    await expect(page.locator('[data-serves="practice"] a').getAttribute('href')).resolves.toBe(
      '/en/practices/emporio-solidale-dignita/',
    )
    // Its times on Europe/Rome's clock (SHIFT_TIME_ZONE's default), whatever the browser's.
    const shown = await page.locator(`li[data-shift="${open.id}"] time`).textContent()
    const stored = (await client.api(`shifts/${open.id}?depth=0`)).body as { start: string; end: string }
    expect(shown).toBe(formatShift({ ...stored, locale: 'en', timeZone: 'Europe/Rome' }))
    // the free places are read live over the prerendered ones
    await expect
      .poll(() => page.locator(`[data-free-places="${open.id}"]`).textContent())
      .toContain(`${open.capacity - open.seatsTaken} of ${open.capacity} places free`)
    // the prerendered page itself (not the signed-in header the browser fills in) names nobody
    expect(await (await fetch(page.url())).text()).not.toMatch(/Sara Galli|volunteer\.milano/)
    await page.locator(`li[data-shift="${open.id}"]`).getByTestId('shift-signup').click()
    await expect(page.getByTestId('shift-notice').textContent()).resolves.toContain('You are signed up')
    await expect(
      page.locator(`li[data-shift="${open.id}"]`).getByTestId('shift-status').textContent(),
    ).resolves.toContain('Confirmed')
    await page.getByTestId('shift-feed-create').click()
    const feed = await page.getByTestId('shift-feed').getAttribute('href')
    expect(feed).toMatch(/\/en\/volunteer\/feed\/[\w-]{32}\.ics$/)
    await page.screenshot({ path: path.join(SHOTS, 'my-shifts-phone-en.png'), fullPage: true })
    await context.close()
    // the secret address alone opens the calendar, without a session
    const ics = await fetch(feed!)
    expect(ics.status).toBe(200)
    expect(ics.headers.get('content-type')).toContain('text/calendar')
    const text = await ics.text()
    expect(text).toContain('SUMMARY:Food parcel distribution')
    expect(text).toContain(`UID:my-shift-${open.id}@`)
    // and the week view works without JavaScript
    const plain = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    })
    const week = await plain.newPage()
    await week.goto(`${site.url}/en/volunteer/`)
    await week.getByRole('link', { name: 'Month' }).click()
    await expect(week.getByRole('table').count()).resolves.toBe(1)
    await plain.close()
  })
})
