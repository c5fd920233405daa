import fs from 'node:fs'
import path from 'node:path'

import { readBuildInfo } from './buildInfo.ts'
import type { SiteChanges } from './siteChanges.ts'

/** The practice pages' fingerprints a build writes (site/src/data/practicePagePaths.ts). */
export const PRACTICE_PAGES_FILE = 'practice-pages.json'

/** The catalogue listing pages' fingerprints a build writes (site/src/data/listingPagePaths.ts). */
export const LISTING_PAGES_FILE = 'listing-pages.json'

/** The pages an incremental build may keep from the live build: each manifest, and its keys' page paths. */
export const KEPT_PAGE_MANIFESTS: { file: string; pathnameOf: (key: string) => string }[] = [
  {
    file: PRACTICE_PAGES_FILE,
    // "<locale>/<slug>"
    pathnameOf: (key) => `/${key.slice(0, key.indexOf('/'))}/practices/${key.slice(key.indexOf('/') + 1)}/`,
  },
  { file: LISTING_PAGES_FILE, pathnameOf: (key) => key },
]

export type IncrementalPlan = {
  /** The live build the new one starts from. */
  currentDir: string
  fullBuildAt: string
  practiceIds: string[]
  /** The live build's practice pages and their fingerprints: the new build renders those that differ. */
  previousPages: string
  /** The same for the live build's catalogue listing pages. */
  previousListings: string
}

/**
 * Whether the next build may be incremental: only when practices alone changed and the live
 * build was made from the same sources (inputsHash). Otherwise null: a full build (the site
 * server also runs one on a schedule).
 */
export const planIncrementalBuild = ({
  currentDir,
  changes,
  inputsHash,
}: {
  currentDir: null | string
  changes: SiteChanges
  inputsHash: string
}): IncrementalPlan | null => {
  if (!currentDir || changes === 'everything') return null
  const info = readBuildInfo(currentDir)
  const previousPages = path.join(currentDir, PRACTICE_PAGES_FILE)
  const previousListings = path.join(currentDir, LISTING_PAGES_FILE)
  if (
    !info ||
    info.inputsHash !== inputsHash ||
    ![previousPages, previousListings].every((file) => fs.existsSync(file))
  )
    return null
  return {
    currentDir,
    fullBuildAt: info.fullBuildAt,
    practiceIds: changes.practices,
    previousPages,
    previousListings,
  }
}
