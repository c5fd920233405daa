import fs from 'node:fs'
import path from 'node:path'

import { readBuildInfo } from './buildInfo.ts'
import type { SiteChanges } from './siteChanges.ts'

/** The practice pages' dependencies a build writes (site/src/data/practicePagePaths.ts). */
export const PRACTICE_PAGES_FILE = 'practice-pages.json'

export type IncrementalPlan = {
  /** The live build the new one starts from. */
  currentDir: string
  fullBuildAt: string
  practiceIds: string[]
  /** Practice pages ("<locale>/<slug>") that showed a changed practice in the live build. */
  pages: string[]
}

/**
 * Whether the next build may be incremental, and what it renders: only when practices alone
 * changed and the live build was made from the same sources (inputsHash). Otherwise null: a
 * full build (the site server also runs one on a schedule).
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
  if (!info || info.inputsHash !== inputsHash) return null
  let previous: Record<string, string[]>
  try {
    previous = JSON.parse(
      fs.readFileSync(path.join(currentDir, PRACTICE_PAGES_FILE), 'utf8'),
    ) as typeof previous
  } catch {
    return null
  }
  const changed = new Set(changes.practices)
  const pages = Object.entries(previous)
    .filter(([, deps]) => deps.some((id) => changed.has(id)))
    .map(([page]) => page)
  return { currentDir, fullBuildAt: info.fullBuildAt, practiceIds: changes.practices, pages }
}
