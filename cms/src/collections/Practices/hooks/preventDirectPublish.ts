import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../../../access/hasRole'

/**
 * Only validation publishes a practice. Until the staged-approval plugin takes over, people
 * other than admins save drafts but never ask for `_status: published` themselves: an explicit
 * attempt gets a 403 here, and the `_status` field's own access keeps every other route
 * (duplicate, bulk edit) from carrying a published status over.
 */
export const preventDirectPublish: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: { _status?: unknown } }).data
  if (req.user && data?._status === 'published' && !hasRole(req.user, 'admin')) {
    throw new APIError('A practice is published only once it has been validated.', 403, undefined, true)
  }
  return args
}
