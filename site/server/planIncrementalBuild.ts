import fs from 'node:fs'
import path from 'node:path'

import { readBuildInfo } from './buildInfo.ts'
import { LISTING_PAGES_FILE, PRACTICE_PAGES_FILE } from './buildManifests.ts'
import type { SiteChanges } from './siteChanges.ts'

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
