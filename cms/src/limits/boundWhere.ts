import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { whereSize } from './whereSize'

/** Deepest and/or nesting a `where` may have. */
const MAX_WHERE_DEPTH = 5

/**
 * Refuses (400) a `where` with more than `maxConditions` conditions or and/or nested deeper than
 * MAX_WHERE_DEPTH, on every operation that takes one (reads, counts, versions, bulk writes),
 * whichever API it came from: a long OR chain costs the database more than it can answer.
 */
export const boundWhere =
  ({ maxConditions }: { maxConditions: number }): CollectionBeforeOperationHook =>
  ({ args }) => {
    const where = (args as { where?: unknown }).where
    if (where === undefined || where === null) return args
    const { conditions, depth } = whereSize(where)
    if (conditions > maxConditions) {
      throw new APIError(`"where" has more than ${maxConditions} conditions.`, 400, undefined, true)
    }
    if (depth > MAX_WHERE_DEPTH) {
      throw new APIError(`"where" nests and/or deeper than ${MAX_WHERE_DEPTH} levels.`, 400, undefined, true)
    }
    return args
  }
