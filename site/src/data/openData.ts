import { getCollection } from 'astro:content'

import { openDataRecords } from '../lib/openDataRecords'

/** The open-data records of every published practice. */
export const openData = async (siteUrl: URL | undefined) =>
  openDataRecords({
    entries: (await getCollection('practices')).map((entry) => entry.data),
    siteUrl: (siteUrl ?? new URL('http://localhost:4321')).href,
  })
