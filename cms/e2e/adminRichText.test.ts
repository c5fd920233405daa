import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@redcloud/testing/freePort'
import { launchChromium } from '@redcloud/testing/launchChromium'
import { signIn } from '@redcloud/testing/signIn'
import { startCms, type RunningCms } from '@redcloud/testing/startCms'

let cms: RunningCms
let browser: Browser

beforeAll(async () => {
  cms = await startCms({ template: process.env.REDCLOUD_TEST_TEMPLATE, port: await freePort() })
  browser = await launchChromium()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

const nodeTypes = (node: { type?: string; children?: unknown[] }): string[] => [
  node.type ?? '',
  ...((node.children ?? []) as { type?: string }[]).flatMap(nodeTypes),
]

describe('SECURITY.md §4 Bad input: the rich-text shape check accepts what the real admin editor stores', () => {
  it('a FAQ answer typed in the admin panel with headings, lists, a checklist, a quote, bold text and links saves', async () => {
    const page = await signIn({ browser, name: 'editor', url: cms.url })
    await page.goto(`${cms.url}/admin/collections/faq/create`)
    const question = `Editor check ${Date.now()}`
    await page.locator('input[name="question"]').fill(question)
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    const type = (text: string) => page.keyboard.type(text, { delay: 5 })
    await type('## Heading\n')
    await type('Plain ')
    await page.keyboard.press('Control+b')
    await type('bold')
    await page.keyboard.press('Control+b')
    await type(' and a link https://example.org/page \n')
    await type('- first\nsecond\n\n')
    await type('1. one\ntwo\n\n')
    await type('[] todo\n\n')
    await type('> quoted\n')
    await page.keyboard.press('Control+s')
    await page.waitForURL(
      (url) => /\/admin\/collections\/faq\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/create'),
      {
        timeout: 30_000,
      },
    )
    const id = page.url().split('/').pop()
    const stored = await (await fetch(`${cms.url}/api/faq/${id}?depth=0&locale=it`)).json()
    expect(stored.question).toBe(question)
    const types = nodeTypes(stored.answer.root)
    for (const type of ['heading', 'paragraph', 'text', 'list', 'listitem', 'quote'])
      expect(types).toContain(type)
    expect(JSON.stringify(stored.answer)).toContain('"format":1')
    await page.context().close()
  }, 120_000)
})
