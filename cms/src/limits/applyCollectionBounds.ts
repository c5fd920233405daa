import type { Payload } from 'payload'

import { rejectUnusedRoutes } from '../input/rejectUnusedRoutes'
import { validateGlobalInput } from '../input/validateGlobalInput'
import { validateOperationInput } from '../input/validateOperationInput'
import { boundWhere } from './boundWhere'
import { checkGraphQLDeadline } from './checkGraphQLDeadline'

const applied = new WeakSet<object>()

/**
 * Puts the bounds that hold whatever API a query came from in front of every collection's own
 * hooks: the size of `where`, input the database would fail on, GraphQL's time limit; and 404
 * for routes of features that are off (rejectUnusedRoutes). Done on the built Payload so the
 * collections Payload adds itself (preferences, locked documents, jobs) get them too.
 */
export const applyCollectionBounds = ({
  payload,
  maxWhereConditions,
}: {
  payload: Payload
  maxWhereConditions: number
}): void => {
  for (const { config } of Object.values(payload.collections)) {
    if (applied.has(config)) continue
    applied.add(config)
    config.hooks.beforeOperation = [
      ({ args, req }) => {
        checkGraphQLDeadline(req)
        return args
      },
      boundWhere({ maxConditions: maxWhereConditions }),
      validateOperationInput,
      ...(config.hooks.beforeOperation ?? []),
    ]
    config.hooks.afterRead = [
      ({ doc, req }) => {
        checkGraphQLDeadline(req)
        return doc
      },
      ...(config.hooks.afterRead ?? []),
    ]
  }
  for (const config of payload.globals.config) {
    if (applied.has(config)) continue
    applied.add(config)
    config.hooks.beforeOperation = [validateGlobalInput, ...(config.hooks.beforeOperation ?? [])]
  }
  rejectUnusedRoutes(payload)
}
