import type { Plugin } from 'payload'

import { classifyInputErrors } from '../input/classifyInputErrors'
import { applyCollectionBounds } from './applyCollectionBounds'

/**
 * Bounds every collection's queries whatever API they came from (applyCollectionBounds, once
 * Payload is built) and answers 400 for the failures only malformed input causes
 * (classifyInputErrors). Page sizes are bounded at the HTTP layer instead (guardApiRequest,
 * graphQLBoundsRule): RedCloud's own code reads whole lists on purpose.
 */
export const boundQueries =
  ({ maxWhereConditions }: { maxWhereConditions: number }): Plugin =>
  (config) => ({
    ...config,
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), classifyInputErrors] },
    onInit: async (payload) => {
      applyCollectionBounds({ payload, maxWhereConditions })
      await config.onInit?.(payload)
    },
  })
