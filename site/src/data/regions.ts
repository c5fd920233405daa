import { getCollection } from 'astro:content'

import type { UnitEntry } from '../lib/types'

/** The regional committees, by name: the site's region filter. */
export const regions = async (): Promise<UnitEntry[]> =>
  (await getCollection('units'))
    .map((entry) => entry.data)
    .filter((unit) => unit.level === 'regional')
    .sort((a, b) => a.name.localeCompare(b.name))
