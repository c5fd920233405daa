/**
 * What changed since the last build: the practices by CMS id, or everything (any other
 * collection, an unknown change, a start-up). Practices alone can be published incrementally.
 */
export type SiteChanges = 'everything' | { practices: string[] }

/** Two sets of changes as one. */
export const mergeSiteChanges = (a: null | SiteChanges, b: SiteChanges): SiteChanges =>
  a === null
    ? b
    : a === 'everything' || b === 'everything'
      ? 'everything'
      : { practices: [...new Set([...a.practices, ...b.practices])] }
