import { getCollection } from 'astro:content'

import type { Locale } from '../lib/locales'
import type { PracticeEntry } from '../lib/types'

/** The published practices in one language, newest first. */
export const practicesFor = async (locale: Locale): Promise<PracticeEntry[]> =>
  (await getCollection('practices', (entry) => entry.data.locale === locale))
    .map((entry) => entry.data)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug))
