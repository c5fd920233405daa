import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { settings } from '../settings'
import { errorResponse } from './errorResponse'
import { withApiGuard } from './withApiGuard'

type GraphQLBody = { errors?: { extensions?: { statusCode?: number } }[] } | unknown[]

/**
 * Refused queries come back from graphql-http as a bare list of errors with 200: give them the
 * usual `{ errors }` shape and 400, and a query stopped by the time limit its 503.
 */
const normalise = async (response: Response): Promise<Response> => {
  if (!response.headers.get('Content-Type')?.includes('json')) return response
  const text = await response.text()
  let body: GraphQLBody
  try {
    body = JSON.parse(text) as GraphQLBody
  } catch {
    return new Response(text, response)
  }
  const headers = new Headers(response.headers)
  headers.delete('Content-Length')
  if (Array.isArray(body)) return Response.json({ errors: body }, { status: 400, headers })
  const timedOut = body.errors?.some((error) => error.extensions?.statusCode === 503)
  return Response.json(body, { status: timedOut ? 503 : response.status, headers })
}

/**
 * POST /api/graphql: 404 unless GRAPHQL_ENABLED; otherwise the body limit and page-size bounds of
 * every API request (graphQLBoundsRule bounds lists, aliases and depth before a query runs,
 * checkGraphQLDeadline its time while it runs).
 */
export const graphQLRoute = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const handler = GRAPHQL_POST(Promise.resolve(config))
  return withApiGuard(async (request: Request): Promise<Response> => {
    if (!settings.graphQL.enabled) {
      return errorResponse({ message: 'GraphQL is not enabled on this server.', status: 404 })
    }
    return normalise(await handler(request as never))
  })
}
