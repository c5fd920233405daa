import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

/**
 * GraphQL's forgotPassword mutation runs Payload's operation, which answers only after the work
 * for a known address (see endpoints/forgotPassword): the same refusal for every address instead.
 */
export const refuseGraphQLForgotPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && req.payloadAPI === 'GraphQL') {
    throw new APIError('Ask for a new password with POST /api/users/forgot-password.', 400, undefined, true)
  }
  return args
}
