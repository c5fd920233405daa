import type { Access } from 'payload'

/**
 * The Development Desk's toolbox: anonymous callers read the public resources only (so the
 * static site, its search index and open data never hold a members-only one); anyone signed in
 * reads them all. A Where, so lists, `where`, population and GraphQL filter alike.
 */
export const readResources: Access = ({ req }) => (req.user ? true : { visibility: { equals: 'public' } })
