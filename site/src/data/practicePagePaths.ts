import fs from 'node:fs'
import path from 'node:path'

import type { PracticeEntry, ThemeEntry } from '../lib/types'

import { LOCALES } from '../lib/locales'
import { practicePageDeps } from '../lib/practicePageDeps'
import { readPartialBuild } from '../lib/readPartialBuild'
import { practicesFor } from './practicesFor'
import { relatedFor } from './relatedFor'
import { themesFor } from './themesFor'

/** Beside `client/` and `server/` in every build: each practice page ("<locale>/<slug>") and the practices it shows. */
export const PRACTICE_PAGES_FILE = 'practice-pages.json'

/**
 * The practice pages' paths. Writes every page's dependencies to the build folder; in an
 * incremental build (SITE_PARTIAL) returns only the pages a changed practice touches — the site
 * server links the others from the live build.
 */
export const practicePagePaths = async () => {
  const partial = readPartialBuild()
  const changed = new Set(partial?.practiceIds ?? [])
  const alsoRender = new Set(partial?.pages ?? [])
  const manifest: Record<string, string[]> = {}
  const paths: {
    params: { locale: string; slug: string }
    props: { practice: PracticeEntry; themes: ThemeEntry[] }
  }[] = []
  for (const locale of LOCALES) {
    const themes = await themesFor(locale)
    const related = await relatedFor(locale)
    for (const practice of await practicesFor(locale)) {
      const key = `${locale}/${practice.slug}`
      const deps = practicePageDeps(practice, related.get(practice.cmsId) ?? [])
      manifest[key] = deps
      if (partial && !alsoRender.has(key) && !deps.some((id) => changed.has(id))) continue
      paths.push({ params: { locale, slug: practice.slug }, props: { practice, themes } })
    }
  }
  const outDir = process.env.SITE_OUT_DIR
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true })
    fs.writeFileSync(path.join(outDir, PRACTICE_PAGES_FILE), JSON.stringify(manifest))
  }
  return paths
}
