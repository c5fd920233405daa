/* Payload generated this file; RedCloud's route answers 404 unless GRAPHQL_ENABLED. */
import config from '@payload-config'
import '@payloadcms/next/css'

import { graphQLPlaygroundRoute } from '../../../../limits/graphQLPlaygroundRoute'

export const GET = graphQLPlaygroundRoute(config)
