import { getCollection } from 'astro:content'

import { openDataIndicators } from '../lib/openDataIndicators'

/** The indicator library as open data. */
export const openDataIndicatorsFor = async () =>
  openDataIndicators((await getCollection('indicators')).map((entry) => entry.data))
