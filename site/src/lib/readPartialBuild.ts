import fs from 'node:fs'

/** What an incremental build renders of the practice and listing pages (the site server writes it, see site/server). */
export interface PartialBuild {
  /** The practices that changed (for the log: pages are chosen by fingerprint). */
  practiceIds: string[]
  /** The live build's practice pages and their fingerprints ("<locale>/<slug>" → fingerprint). */
  previous: Record<string, string>
  /** The live build's catalogue listing pages and their fingerprints (page path → fingerprint). */
  previousListings: Record<string, string>
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>

/** The incremental build's plan (the JSON file SITE_PARTIAL names), or null in a full build. */
export const readPartialBuild = (
  env: Record<string, string | undefined> = process.env,
): PartialBuild | null => {
  if (!env.SITE_PARTIAL) return null
  const plan = JSON.parse(fs.readFileSync(env.SITE_PARTIAL, 'utf8')) as {
    practiceIds?: string[]
    previousPages: string
    previousListings: string
  }
  return {
    practiceIds: (plan.practiceIds ?? []).map(String),
    previous: readJson(plan.previousPages),
    previousListings: readJson(plan.previousListings),
  }
}
