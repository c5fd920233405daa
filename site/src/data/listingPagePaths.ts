import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { TARGET_GROUPS } from '@redcloud/cms/contract'

import type { Listing } from '../lib/catalogueListings'
import type { ThemeEntry, UnitEntry } from '../lib/types'

import { LISTING_PAGES_FILE } from '../../server/buildManifests'
import { catalogueListings } from '../lib/catalogueListings'
import { digestOf } from '../lib/digestOf'
import { LOCALES } from '../lib/locales'
import { readPartialBuild } from '../lib/readPartialBuild'
import { practicesFor } from './practicesFor'
import { regions as loadRegions } from './regions'
import { themesFor } from './themesFor'

/**
 * The catalogue's listing pages (every filter, paginated). A page is made only from its props,
 * so their hash is its fingerprint: in an incremental build (SITE_PARTIAL) only the pages whose
 * fingerprint differs from the live build's are rendered, the site server links the others.
 * Every page shows the practices' count per theme, so a publication or an archiving changes
 * them all; an edit changes only the pages that list the practice.
 */
export const listingPagePaths = async () => {
  const partial = readPartialBuild()
  const regions = await loadRegions()
  const regionsDigest = digestOf(regions)
  const manifest: Record<string, string> = {}
  const paths: {
    params: { locale: string; path: string | undefined }
    props: { listing: Listing; themes: ThemeEntry[]; regions: UnitEntry[]; counts: Map<string, number> }
  }[] = []
  for (const locale of LOCALES) {
    const practices = await practicesFor(locale)
    const themes = await themesFor(locale)
    const themesDigest = digestOf(themes)
    const counts = new Map(
      themes.map((th) => [th.slug, practices.filter((p) => p.themes.includes(th.slug)).length]),
    )
    const countsText = JSON.stringify([...counts])
    for (const listing of catalogueListings({ practices, themes, targetGroups: TARGET_GROUPS, regions })) {
      const pathname = `/${locale}/practices/${listing.path ? `${listing.path}/` : ''}`
      manifest[pathname] = crypto
        .createHash('sha256')
        .update(JSON.stringify({ ...listing, items: listing.items.map(digestOf) }))
        .update(themesDigest)
        .update(regionsDigest)
        .update(countsText)
        .digest('base64url')
      if (partial && partial.previousListings[pathname] === manifest[pathname]) continue
      paths.push({
        params: { locale, path: listing.path || undefined },
        props: { listing, themes, regions, counts },
      })
    }
  }
  const outDir = process.env.SITE_OUT_DIR
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true })
    fs.writeFileSync(path.join(outDir, LISTING_PAGES_FILE), JSON.stringify(manifest))
  }
  return paths
}
