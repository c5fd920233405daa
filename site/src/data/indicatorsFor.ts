import { getCollection } from 'astro:content'

import type { Locale } from '../lib/locales'
import type { IndicatorEntry } from '../lib/types'

/** The indicator library in one language, by name. */
export const indicatorsFor = async (locale: Locale): Promise<IndicatorEntry[]> =>
  (await getCollection('indicators', (entry) => entry.data.locale === locale))
    .map((entry) => entry.data)
    .sort((a, b) => a.name.localeCompare(b.name, locale))
