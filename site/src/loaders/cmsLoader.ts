import type { Loader } from 'astro/loaders'

import { AstroError } from 'astro/errors'

import type { CmsData } from './fetchCmsData'

import { cmsData } from './cmsData'

/**
 * A content-layer loader over the CMS data: stores one entry per id with a digest, so entries
 * that did not change are skipped, and drops entries the CMS no longer publishes.
 */
export const cmsLoader = <T extends object>(
  name: keyof CmsData,
  entries: (data: CmsData) => { id: string; data: T }[],
): Loader => ({
  name: `redcloud-cms-${name}`,
  load: async ({ store, generateDigest, logger }) => {
    let data: CmsData
    try {
      data = await cmsData()
    } catch (error) {
      throw new AstroError(
        error instanceof Error ? error.message : String(error),
        'The site is built from the CMS: run it (npm run demo, or npm start -w cms) and set CMS_URL to its address.',
      )
    }
    const keep = new Set<string>()
    for (const entry of entries(data)) {
      keep.add(entry.id)
      store.set({
        id: entry.id,
        data: entry.data as Record<string, unknown>,
        digest: generateDigest(entry.data as Record<string, unknown>),
      })
    }
    for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
    logger.info(`${keep.size} ${name} entries`)
  },
})
