/** Who sees a resource: everyone (site, search, open data) or signed-in members only. */
export const RESOURCE_VISIBILITIES = ['public', 'members'] as const

export type ResourceVisibility = (typeof RESOURCE_VISIBILITIES)[number]
