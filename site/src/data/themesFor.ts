import { getCollection } from 'astro:content'

import type { Locale } from '../lib/locales'
import type { ThemeEntry } from '../lib/types'

/** The themes in one language, by name. */
export const themesFor = async (locale: Locale): Promise<ThemeEntry[]> =>
  (await getCollection('themes', (entry) => entry.data.locale === locale))
    .map((entry) => entry.data)
    .sort((a, b) => a.name.localeCompare(b.name, locale))
