import { getCollection } from 'astro:content'

import type { Locale } from '../lib/locales'
import type { ServiceEntry, UnitEntry } from '../lib/types'

/** Units (all) and confirmed services in one language, for the map, the unit pages and the open data. */
export const mapData = async (
  locale?: Locale,
): Promise<{ units: UnitEntry[]; services: ServiceEntry[] }> => ({
  units: (await getCollection('units')).map((entry) => entry.data),
  services: (await getCollection('services', (entry) => !locale || entry.data.locale === locale)).map(
    (entry) => entry.data,
  ),
})
