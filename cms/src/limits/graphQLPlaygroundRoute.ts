import type { SanitizedConfig } from 'payload'

import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

import { settings } from '../settings'
import { errorResponse } from './errorResponse'

/** GET /api/graphql-playground: Payload serves it outside production even with GraphQL off. */
export const graphQLPlaygroundRoute = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const handler = GRAPHQL_PLAYGROUND_GET(Promise.resolve(config))
  return async (request: Request): Promise<Response> =>
    settings.graphQL.enabled
      ? handler(request as never)
      : errorResponse({ message: 'GraphQL is not enabled on this server.', status: 404 })
}
