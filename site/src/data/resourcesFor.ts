import { getCollection } from 'astro:content'

import type { ResourceEntry } from '../lib/desk/deskEntries'
import type { Locale } from '../lib/locales'

/** The public resources in one language, by title. */
export const resourcesFor = async (locale: Locale): Promise<ResourceEntry[]> =>
  (await getCollection('resources', (entry) => entry.data.locale === locale))
    .map((entry) => entry.data)
    .sort((a, b) => a.title.localeCompare(b.title, locale))
