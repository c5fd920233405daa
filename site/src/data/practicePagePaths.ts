import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { PracticeEntry, ThemeEntry } from '../lib/types'

import { PRACTICE_PAGE_IDS_FILE, PRACTICE_PAGES_FILE } from '../../server/buildManifests'
import { digestOf } from '../lib/digestOf'
import { LOCALES } from '../lib/locales'
import { practicePageFingerprint } from '../lib/practicePageFingerprint'
import { readPartialBuild } from '../lib/readPartialBuild'
import { practicesFor } from './practicesFor'
import { relatedFor } from './relatedFor'
import { themesFor } from './themesFor'

/**
 * The practice pages' paths. Writes every page's fingerprint to the build folder; in an
 * incremental build (SITE_PARTIAL) returns only the pages whose fingerprint differs from the
 * live build's — the site server links the others from it.
 */
export const practicePagePaths = async () => {
  const partial = readPartialBuild()
  const manifest: Record<string, string> = {}
  const ids: Record<string, string> = {}
  const paths: {
    params: { locale: string; slug: string }
    props: { practice: PracticeEntry; themes: ThemeEntry[] }
  }[] = []
  for (const locale of LOCALES) {
    const themes = await themesFor(locale)
    const themesDigest = crypto.createHash('sha256').update(JSON.stringify(themes)).digest('base64url')
    const related = await relatedFor(locale)
    for (const practice of await practicesFor(locale)) {
      const key = `${locale}/${practice.slug}`
      const fingerprint = practicePageFingerprint({
        practice: digestOf(practice),
        themesDigest,
        related: related.get(practice.cmsId) ?? [],
      })
      manifest[key] = fingerprint
      ids[key] = practice.cmsId
      if (partial && partial.previous[key] === fingerprint) continue
      paths.push({ params: { locale, slug: practice.slug }, props: { practice, themes } })
    }
  }
  const outDir = process.env.SITE_OUT_DIR
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true })
    fs.writeFileSync(path.join(outDir, PRACTICE_PAGES_FILE), JSON.stringify(manifest))
    fs.writeFileSync(
      path.join(outDir, PRACTICE_PAGE_IDS_FILE),
      JSON.stringify({ locales: LOCALES, pages: ids }),
    )
  }
  return paths
}
