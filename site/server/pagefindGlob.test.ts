import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const siteDir = path.resolve(import.meta.dirname, '..')
const glob =
  /^glob: ["'](.*)["']$/m.exec(fs.readFileSync(path.join(siteDir, 'pagefind.yml'), 'utf8'))?.[1] ?? ''

/** The built file of a page source under src/pages: `[locale]/faq.astro` → `it/faq/index.html`. */
const builtFile = (source: string) =>
  source
    .replace(/\.astro$/, '')
    .replace(/\[locale\]/g, 'it')
    .replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, 'some-slug')
    .replace(/(^|\/)index$/, '')
    .concat('/index.html')
    .replace(/^\//, '')

describe("Pagefind's glob (pagefind.yml)", () => {
  it('matches every prerendered page that has a data-pagefind-body element', () => {
    const pagesDir = path.join(siteDir, 'src/pages')
    const componentsDir = path.join(siteDir, 'src/components')
    // components that carry the element, as pages use them: `<PracticePage`
    const tags = fs
      .readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro'))
      .filter((file) =>
        fs.readFileSync(path.join(componentsDir, file), 'utf8').includes('data-pagefind-body'),
      )
      .map((file) => `<${path.basename(file, '.astro')}`)
    const sources = fs
      .readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro') && !file.startsWith('render/'))
    const indexed = sources.filter((file) => {
      const text = fs.readFileSync(path.join(pagesDir, file), 'utf8')
      return text.includes('data-pagefind-body') || tags.some((tag) => text.includes(tag))
    })
    expect(indexed.length).toBeGreaterThanOrEqual(5)
    const missed = indexed.map(builtFile).filter((file) => !path.matchesGlob(file, glob))
    expect(missed).toEqual([])
  })

  it('leaves out the listing pages, which Pagefind would parse for nothing', () => {
    for (const file of [
      'it/practices/page/2/index.html',
      'it/practices/theme/salute/index.html',
      'it/map/index.html',
    ])
      expect(path.matchesGlob(file, glob), file).toBe(false)
    expect(path.matchesGlob('it/practices/una-pratica/index.html', glob)).toBe(true)
  })
})
