import fs from 'fs'
import path from 'path'
import type { Page } from 'playwright-core'
import { lexicalElement as element, lexicalTextNode as text } from '@redcloud/cms/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningCms } from '@redcloud/testing/startCms'
import { hostileInputCorpus, XSS_BEACON } from '@redcloud/testing/hostileInputCorpus'
import { hostilePracticeFields } from '@redcloud/testing/hostilePracticeFields'
import { cmsClient, type Doc } from './cmsClient'
import { forgeRichTextInDatabase, type ForgedDatabase } from './forgeRichTextInDatabase'
import { readBuildFiles } from './readBuildFiles'
import { startE2eStack, type E2eStack } from './startE2eStack'

let stack: E2eStack
let cms: RunningCms
let build: Map<string, string>
const { token, api, decide } = cmsClient(() => cms.url)

const MARKER = `ostile${Date.now().toString(36)}`
const SHORT = `"><svg onload=window.__xss=1><img src=x onerror=alert(1)>`
/** Published through the workflow, with the corpus in every text field in Italian and English. */
let hostileSlug = ''
/** Published in the seed, with nodes forged straight into the database (the CMS refuses them now). */
let forged: ForgedDatabase

const richText = (locale: string) => ({
  root: element('root', [
    element('heading', [text(`${MARKER} ${locale} ${SHORT}`)], { tag: 'h2' }),
    ...hostileInputCorpus.map((entry) => element('paragraph', [text(entry)])),
    element('list', [element('listitem', [text(SHORT)], { value: 1 })], {
      listType: 'bullet',
      start: 1,
      tag: 'ul',
    }),
    element('paragraph', [
      element('link', [text(SHORT)], {
        version: 3,
        fields: {
          url: `https://example.org/?q="><script>window.__xss=1</script>`,
          linkType: 'custom',
          newTab: false,
        },
      }),
    ]),
  ]),
})

const hostilePractice = (locale: string, theme: unknown): Doc => {
  const data = hostilePracticeFields({ locale, richText }) as Doc
  return {
    ...data,
    title: `${MARKER} ${locale} ${SHORT}`,
    slug: MARKER,
    themes: [theme],
    targetGroups: ['elderly'],
    links: (data.links as Doc[]).map((link) => ({
      ...link,
      url: `https://example.org/?q="><script>x</script>`,
    })),
    contact: { ...data.contact, email: 'hostile@example.org', phone: '+39 02 1234 5678', consent: true },
  }
}

const publishHostilePractice = async () => {
  const volunteer = await token('volunteer.milano')
  const theme = ((await api('themes?limit=1&depth=0')).body.docs as Doc[])[0]!.id
  const created = await api('practices?draft=true&locale=it', volunteer, {
    method: 'POST',
    body: JSON.stringify({ ...hostilePractice('it', theme), _status: 'draft' }),
  })
  expect(created.status, JSON.stringify(created.body).slice(0, 500)).toBe(201)
  const id = String(created.body.doc.id)
  hostileSlug = created.body.doc.slug
  const english = await api(`practices/${id}?draft=true&locale=en`, volunteer, {
    method: 'PATCH',
    // the same rows of the (unlocalized) indicator list, with their localized names in English
    body: JSON.stringify({
      ...hostilePractice('en', theme),
      qualityIndicators: (created.body.doc.qualityIndicators as Doc[]).map((row) => ({
        ...row,
        name: `en ${SHORT}`,
      })),
      _status: 'draft',
    }),
  })
  expect(english.status, JSON.stringify(english.body).slice(0, 500)).toBe(200)
  expect((await decide(id, 'submit', volunteer)).status).toBe(200)
  for (const validator of ['validator.milano', 'validator.lombardia', 'validator.national'])
    expect((await decide(id, 'approve', await token(validator))).status).toBe(200)
}

beforeAll(async () => {
  const template = process.env.REDCLOUD_TEST_TEMPLATE as string
  forged = await forgeRichTextInDatabase({ template, marker: MARKER })
  process.env.REDCLOUD_TEST_TEMPLATE = forged.file
  try {
    stack = await startE2eStack({
      proxyCms: false,
      beforeSite: async (started) => {
        cms = started
        await publishHostilePractice()
      },
    })
  } finally {
    fs.rmSync(path.dirname(process.env.REDCLOUD_TEST_TEMPLATE), { recursive: true, force: true })
    process.env.REDCLOUD_TEST_TEMPLATE = template
  }
  build = readBuildFiles(path.join(stack.buildDir, 'client'))
}, 400_000)

afterAll(async () => {
  await stack?.stop()
})

/** Opens a page and reports whatever hostile input managed to run: dialogs, the global, beacon requests. */
const visit = async (pathname: string, act: (page: Page) => Promise<void> = async () => {}) => {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const ran: string[] = []
  page.on('dialog', async (dialog) => {
    ran.push(`dialog: ${dialog.message()}`)
    await dialog.dismiss()
  })
  page.on('request', (request) => {
    if (request.url().includes(XSS_BEACON)) ran.push(`request: ${request.url()}`)
  })
  const response = await page.goto(`${stack.site.url}${pathname}`, { waitUntil: 'load' })
  expect(response?.status(), pathname).toBe(200)
  await act(page)
  // hover and focus everything, for handlers that need them
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('body *')) {
      element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
      if (element instanceof HTMLElement) element.focus()
    }
  })
  await page.waitForTimeout(300)
  if (await page.evaluate(() => (window as { __xss?: unknown }).__xss !== undefined))
    ran.push('window.__xss was set')
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.tagName} ${a.name}`),
    ),
  )
  const html = await page.content()
  // the rendered rich text (description, FAQ answers), as the browser parsed it
  const prose = await page.evaluate(() =>
    [...document.querySelectorAll('.prose')].map((element) => element.innerHTML).join(''),
  )
  const proseImages = await page.evaluate(() =>
    [...document.querySelectorAll('.prose img')].map((img) => ({
      src: img.getAttribute('src') ?? '',
      width: img.getAttribute('width'),
      attributes: [...img.attributes].map((a) => a.name),
    })),
  )
  await context.close()
  return { ran, handlers, html, prose, proseImages }
}

describe('SECURITY.md §9 Rendering: hostile text in every field and language runs nowhere on the site', () => {
  for (const locale of ['it', 'en']) {
    it(`${locale}: the practice page, the catalogue, the home page and search show it as text`, async () => {
      for (const pathname of [
        `/${locale}/practices/${hostileSlug}/`,
        `/${locale}/practices/`,
        `/${locale}/`,
      ]) {
        const { ran, handlers } = await visit(pathname)
        expect(ran, pathname).toEqual([])
        expect(handlers, pathname).toEqual([])
      }
      const page = await visit(`/${locale}/practices/${hostileSlug}/`)
      expect(page.html).toContain(`${MARKER} ${locale}`)
      expect(page.prose).toContain('&lt;script&gt;')
      const search = await visit(`/${locale}/search/?q=${MARKER}`, async (page) => {
        await page.waitForSelector('[data-search-results] li a', { timeout: 30_000 })
      })
      expect(search.ran).toEqual([])
      expect(search.handlers).toEqual([])
    }, 120_000)
  }

  it('the practice page shows every field’s text, escaped, in English (not only the default language)', () => {
    const page = build.get(`en/practices/${hostileSlug}/index.html`) ?? ''
    expect(page).toContain(`${MARKER} en`)
    expect(page).toContain('&lt;svg onload=window.__xss=1&gt;')
    // outside attribute values (where < and > are plain characters), none of it is markup
    const outsideAttributes = page.replace(/="[^"]*"/g, '=""')
    expect(outsideAttributes).not.toMatch(/<svg onload|<img src=x|<script>window\.__xss|<iframe/)
  })

  it('RSS and open-data files carry the text escaped or as data, never as markup', () => {
    for (const locale of ['it', 'en']) {
      const rss = build.get(`${locale}/rss.xml`) ?? ''
      expect(rss).toContain(MARKER)
      expect(rss).not.toMatch(/<svg|<img|<script/)
    }
    const json = JSON.parse(build.get('open-data/practices.json') ?? '{}') as { practices: Doc[] }
    const entry = json.practices.find((p) => p.slug === hostileSlug)
    expect(entry?.title?.en).toBe(`${MARKER} en ${SHORT}`)
    expect(build.get('open-data/practices.csv') ?? '').toContain(MARKER)
  })

  it('RSS and open data opened in the browser run nothing', async () => {
    // (the CSV is a download: Chromium does not render it)
    for (const file of ['/it/rss.xml', '/en/rss.xml', '/open-data/practices.json']) {
      const context = await stack.browser.newContext()
      const page = await context.newPage()
      let dialogs = 0
      page.on('dialog', async (dialog) => {
        dialogs++
        await dialog.dismiss()
      })
      await page.goto(`${stack.site.url}${file}`)
      await page.waitForTimeout(200)
      expect(dialogs, file).toBe(0)
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), file).toBeUndefined()
      await context.close()
    }
  }, 60_000)
})

describe('SECURITY.md §9 Rendering: nodes forged in the database are rendered from the joined documents (defence in depth)', () => {
  it('a forged upload shows the public media document’s own image and size; a forged id shows nothing', async () => {
    for (const locale of ['en', 'it']) {
      const { ran, handlers, html, prose, proseImages } = await visit(`/${locale}/practices/${forged.slug}/`)
      expect(ran).toEqual([])
      expect(handlers).toEqual([])
      expect(html).not.toContain(`/${XSS_BEACON}.png`)
      expect(proseImages).toHaveLength(1)
      expect(decodeURIComponent(proseImages[0]!.src)).toContain(forged.filename)
      expect(proseImages[0]!.width).toBe(String(forged.width))
      expect(proseImages[0]!.attributes.sort()).toEqual([
        'alt',
        'decoding',
        'height',
        'loading',
        'src',
        'width',
      ])
      expect(prose).toContain('only this text')
      expect(prose).not.toMatch(/javascript:|<a /)
    }
  }, 60_000)

  it('the FAQ page, whose answer was forged the same way, runs nothing', async () => {
    const { ran, handlers, prose, proseImages } = await visit('/en/faq/')
    expect(ran).toEqual([])
    expect(handlers).toEqual([])
    expect(prose).toContain('only this text')
    expect(proseImages).toHaveLength(1)
    expect(proseImages[0]!.width).toBe('640')
    expect(proseImages.map((img) => img.src).join()).not.toContain(XSS_BEACON)
  }, 60_000)
})
