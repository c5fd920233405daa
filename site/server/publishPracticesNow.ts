import fs from 'node:fs'
import path from 'node:path'

import type { PageOverlay } from './createPageOverlay.ts'
import type { RenderedPractice } from './renderPracticePages.ts'

import { PRACTICE_PAGE_IDS_FILE } from './buildManifests.ts'

/**
 * Publishes these practices' pages at once, between builds: renders them through the live
 * build's renderer and puts them in the overlay, with 404 for the pages they no longer have
 * (withdrawn, a language dropped, a new slug). The listings, related lists and search index
 * follow with the next build.
 */
export const publishPracticesNow = async ({
  practiceIds,
  currentDir,
  overlay,
  render,
  at = Date.now(),
}: {
  practiceIds: string[]
  /** The live build. */
  currentDir: string
  overlay: PageOverlay
  render: (args: { practiceIds: string[]; locales: readonly string[] }) => Promise<RenderedPractice[]>
  at?: number
}): Promise<{ pages: number; gone: number }> => {
  const { locales, pages: livePages } = JSON.parse(
    fs.readFileSync(path.join(currentDir, PRACTICE_PAGE_IDS_FILE), 'utf8'),
  ) as { locales: string[]; pages: Record<string, string> }
  const ids = new Set(practiceIds)
  const rendered = await render({ practiceIds, locales })
  const pages = rendered.flatMap(({ practiceId, pages: theirs }) =>
    theirs.map((page) => ({ ...page, practiceId })),
  )
  const kept = new Set(pages.map((page) => page.path))
  const before = new Map<string, string>()
  for (const [key, practiceId] of Object.entries(livePages)) {
    const [locale, slug] = key.split('/')
    if (ids.has(practiceId)) before.set(`/${locale}/practices/${slug}/`, practiceId)
  }
  for (const pagePath of overlay.pathsOf(ids)) {
    const entry = overlay.lookup(pagePath)
    if (entry) before.set(pagePath, entry.practiceId)
  }
  const gone = [...before]
    .filter(([pagePath]) => !kept.has(pagePath))
    .map(([pagePath, practiceId]) => ({ path: pagePath, practiceId }))
  overlay.publish({ at, pages, gone })
  return { pages: pages.length, gone: gone.length }
}
