/* Payload generated this file; RedCloud wraps its handlers so every request passes the API's
   body-size and page-size limits first (cms/src/limits/guardApiRequest.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withApiGuard } from '../../../../limits/withApiGuard'

export const GET = withApiGuard(REST_GET(config))
export const POST = withApiGuard(REST_POST(config))
export const DELETE = withApiGuard(REST_DELETE(config))
export const PATCH = withApiGuard(REST_PATCH(config))
export const PUT = withApiGuard(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
