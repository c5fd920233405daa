import { getCollection } from 'astro:content'

import type { Locale } from '../lib/locales'
import type { PracticeEntry } from '../lib/types'

const cached = new Map<Locale, Promise<readonly PracticeEntry[]>>()

const load = async (locale: Locale): Promise<readonly PracticeEntry[]> =>
  Object.freeze(
    (await getCollection('practices', (entry) => entry.data.locale === locale))
      .map((entry) => entry.data)
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug)),
  )

/**
 * The published practices in one language, newest first. Read and sorted once per build and
 * language (every listing, unit, map and need page asks: at 10 000 practices each read filtered
 * and sorted 40 000 entries); frozen, since every caller shares it. `astro dev` reads afresh.
 */
export const practicesFor = (locale: Locale): Promise<readonly PracticeEntry[]> => {
  if (import.meta.env.DEV) return load(locale)
  if (!cached.has(locale)) cached.set(locale, load(locale))
  return cached.get(locale)!
}
