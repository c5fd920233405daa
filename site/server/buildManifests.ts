// The files every build writes beside `client/` and `server/` for the site server (written by
// src/data/practicePagePaths.ts and listingPagePaths.ts, read by the incremental build and
// publishPracticesNow): one definition for both sides.

/** Each practice page ("<locale>/<slug>") and its fingerprint. */
export const PRACTICE_PAGES_FILE = 'practice-pages.json'

/** The site's languages and each practice page's practice id. */
export const PRACTICE_PAGE_IDS_FILE = 'practice-page-ids.json'

/** Each catalogue listing page's path and its fingerprint. */
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
