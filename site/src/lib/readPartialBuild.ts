import fs from 'node:fs'

/** What an incremental build renders of the practice pages (the site server writes it, see site/server). */
export interface PartialBuild {
  /** The practices that changed: every page showing one of them is rendered. */
  practiceIds: string[]
  /** More pages to render ("<locale>/<slug>"): those that showed a changed practice in the previous build. */
  pages: string[]
}

/** The incremental build's plan (the JSON file SITE_PARTIAL names), or null in a full build. */
export const readPartialBuild = (
  env: Record<string, string | undefined> = process.env,
): PartialBuild | null => {
  if (!env.SITE_PARTIAL) return null
  const plan = JSON.parse(fs.readFileSync(env.SITE_PARTIAL, 'utf8')) as Partial<PartialBuild>
  return { practiceIds: (plan.practiceIds ?? []).map(String), pages: (plan.pages ?? []).map(String) }
}
