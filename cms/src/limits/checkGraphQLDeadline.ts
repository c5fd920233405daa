import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { settings } from '../settings'

/**
 * Stops a GraphQL request that has run longer than GRAPHQL_TIMEOUT_SECONDS (503), checked
 * before every operation and after every document read. A timer cannot do it: on SQLite a
 * query's operations follow each other without ever giving the event loop back.
 */
export const checkGraphQLDeadline = (req: PayloadRequest): void => {
  if (req.payloadAPI !== 'GraphQL') return
  const context = req.context as { graphQLStartedAt?: number }
  context.graphQLStartedAt ??= Date.now()
  if (Date.now() - context.graphQLStartedAt > settings.graphQL.timeoutMs) {
    throw new APIError(
      `The query took longer than ${settings.graphQL.timeoutMs / 1000} s and was stopped.`,
      503,
      undefined,
      true,
    )
  }
}
