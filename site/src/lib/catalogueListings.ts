import type { PracticeEntry, ThemeEntry, UnitEntry } from './types'

import { byMostReplicated } from './byMostReplicated'
import { RECOGNISED_PATH } from './RECOGNISED_PATH'
import { REPLICATED_PATH } from './REPLICATED_PATH'
import { regionKey } from './regionKey'

export type Facet = 'group' | 'recognised' | 'region' | 'replicated' | 'theme'

export interface Listing {
  /** The path under /<locale>/practices/, without slashes at either end ('' for the first page of all). */
  path: string
  facet: Facet | null
  /** The filter's value as it appears in the path: a theme slug, a target group key, a region code. */
  value: string | null
  page: number
  totalPages: number
  total: number
  items: PracticeEntry[]
  /** The path of the first page of this listing, for pagination links. */
  basePath: string
}

const paginate = (args: {
  facet: Facet | null
  value: string | null
  items: PracticeEntry[]
  pageSize: number
}) => {
  const { facet, value, items, pageSize } = args
  const basePath =
    facet === 'recognised'
      ? RECOGNISED_PATH
      : facet === 'replicated'
        ? REPLICATED_PATH
        : facet && value
          ? `${facet}/${value}`
          : ''
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize))
  return Array.from({ length: totalPages }, (_, i): Listing => {
    const page = i + 1
    const path = page === 1 ? basePath : [basePath, 'page', String(page)].filter(Boolean).join('/')
    return {
      path,
      facet,
      value,
      page,
      totalPages,
      total: items.length,
      items: items.slice(i * pageSize, page * pageSize),
      basePath,
    }
  })
}

/**
 * Every page of the catalogue for one language: all practices, then one list per theme, target
 * group and region, the recognised practices (always, so its link never leads nowhere) and all of
 * them sorted by most replicated, each
 * paginated. These are plain prerendered pages, so filters work as links
 * without JavaScript.
 */
export const catalogueListings = ({
  practices,
  themes,
  targetGroups,
  regions,
  pageSize = 24,
}: {
  practices: PracticeEntry[]
  themes: ThemeEntry[]
  targetGroups: readonly string[]
  regions: UnitEntry[]
  pageSize?: number
}): Listing[] => [
  ...paginate({ facet: null, value: null, items: practices, pageSize }),
  ...paginate({ facet: 'recognised', value: null, items: practices.filter((p) => p.recognised), pageSize }),
  // Every practice, the most replicated first: a sort, not a filter.
  ...paginate({ facet: 'replicated', value: null, items: byMostReplicated(practices), pageSize }),
  ...themes.flatMap((theme) =>
    paginate({
      facet: 'theme',
      value: theme.slug,
      items: practices.filter((p) => p.themes.includes(theme.slug)),
      pageSize,
    }),
  ),
  ...targetGroups.flatMap((group) =>
    paginate({
      facet: 'group',
      value: group,
      items: practices.filter((p) => p.targetGroups.includes(group)),
      pageSize,
    }),
  ),
  ...regions.flatMap((region) =>
    paginate({
      facet: 'region',
      value: regionKey(region.code),
      items: practices.filter((p) => p.region?.id === region.cmsId),
      pageSize,
    }),
  ),
]
