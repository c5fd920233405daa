import type { Plugin } from 'payload'

import { boundWhere } from './boundWhere'
import { checkGraphQLDeadline } from './checkGraphQLDeadline'

/**
 * Gives every collection (those plugins added before this one included) the bounds that hold
 * whatever API a query came from: the size of `where`, and GraphQL's time limit. Page sizes are
 * bounded at the HTTP layer instead (guardApiRequest, graphQLBoundsRule): RedCloud's own code
 * reads whole lists on purpose.
 */
export const boundQueries =
  ({ maxWhereConditions }: { maxWhereConditions: number }): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [
          ({ args, req }) => {
            checkGraphQLDeadline(req)
            return args
          },
          boundWhere({ maxConditions: maxWhereConditions }),
          ...(collection.hooks?.beforeOperation ?? []),
        ],
        afterRead: [
          ({ doc, req }) => {
            checkGraphQLDeadline(req)
            return doc
          },
          ...(collection.hooks?.afterRead ?? []),
        ],
      },
    })),
  })
