import { getCollection } from 'astro:content'

import type { Locale } from '../lib/locales'
import type { ThemeEntry } from '../lib/types'

import { themesInLocale } from '../lib/themesInLocale'

/** The themes in one language, by name. */
export const themesFor = async (locale: Locale): Promise<ThemeEntry[]> =>
  themesInLocale(
    (await getCollection('themes')).map((entry) => entry.data),
    locale,
  )
