/* Payload generated this file; RedCloud's route keeps GraphQL off unless GRAPHQL_ENABLED and
   bounds it when on (cms/src/limits/graphQLRoute.ts). */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphQLRoute } from '../../../../limits/graphQLRoute'

export const POST = graphQLRoute(config)

export const OPTIONS = REST_OPTIONS(config)
