import fs from 'fs'
import path from 'path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { freePort } from '@redcloud/testing/freePort'
import { launchChromium } from '@redcloud/testing/launchChromium'
import { DEMO_PASSWORD, signIn as signInAs } from '@redcloud/testing/signIn'
import { startCms, type RunningCms } from '@redcloud/testing/startCms'

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const PASSWORD = DEMO_PASSWORD

let cms: RunningCms
let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  cms = await startCms({
    template: process.env.REDCLOUD_TEST_TEMPLATE,
    port: await freePort(),
  })
  browser = await launchChromium()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

const signIn = (name: string) => signInAs({ browser, name, url: cms.url })

const press = async (page: Page, button: string, expectedStage: string) => {
  await page.getByRole('button', { name: button }).click()
  await page.getByTestId('workflow-stage').filter({ hasText: expectedStage }).waitFor({ timeout: 30_000 })
}

describe('the validation chain in the admin panel', () => {
  it('a volunteer submits, the three validators approve in turn from their queue, and the practice goes public', async () => {
    // The volunteer's draft, written through the API as the submission form will.
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'volunteer.milano@redcloud.example.org', password: PASSWORD }),
    })
    const { token } = await login.json()
    const theme = (await (await fetch(`${cms.url}/api/themes?limit=1`)).json()).docs[0].id
    const created = await fetch(`${cms.url}/api/practices?draft=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'Tè con i nonni del quartiere',
        summary: 'Pomeriggi di compagnia per gli anziani soli.',
        description: lexicalRichText(['Ogni giovedì.']),
        themes: [theme],
        targetGroups: ['elderly'],
      }),
    })
    const id = (await created.json()).doc.id
    expect((await fetch(`${cms.url}/api/practices/${id}`)).status).toBe(404)

    const volunteer = await signIn('volunteer.milano')
    await volunteer.goto(`${cms.url}/admin/collections/practices/${id}`)
    await press(volunteer, 'Invia in validazione', 'Validazione locale')
    await volunteer.screenshot({ path: path.join(SHOTS, 'workflow-submitted.png') })
    await volunteer.context().close()

    for (const [validator, next] of [
      ['validator.milano', 'Validazione regionale'],
      ['validator.lombardia', 'Validazione nazionale'],
      ['validator.national', 'Pubblicata'],
    ] as const) {
      const page = await signIn(validator)
      await page.goto(`${cms.url}/admin`)
      await page.getByRole('link', { name: 'Tè con i nonni del quartiere' }).click()
      await page.getByTestId('workflow-stage').waitFor({ timeout: 30_000 })
      // Regional and national validators score the nine criteria to approve (optional locally).
      if (validator !== 'validator.milano') {
        for (const select of await page.getByTestId('workflow-scores').locator('select').all())
          await select.selectOption('2')
      }
      await press(page, 'Approva', next)
      if (validator === 'validator.national') {
        // The whole view follows the decision: the header's status too, without a manual reload.
        await page
          .locator('.status__value')
          .filter({ hasNotText: /Bozza/ })
          .first()
          .waitFor({ timeout: 30_000 })
        expect(await page.locator('.status__value').first().innerText()).not.toMatch(/Bozza/)
        // One "Validazione" heading in the sidebar: the panel's.
        expect(await page.getByText('Validazione', { exact: true }).count()).toBe(1)
        await page.screenshot({ path: path.join(SHOTS, 'workflow-published.png'), fullPage: true })
      }
      await page.context().close()
    }

    const published = await fetch(`${cms.url}/api/practices/${id}`)
    expect(published.status).toBe(200)
    expect((await published.json()).title).toBe('Tè con i nonni del quartiere')
  })
})
