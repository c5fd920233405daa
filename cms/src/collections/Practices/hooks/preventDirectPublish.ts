import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../../../access/hasRole'

/**
 * Only validation publishes a practice. Until the staged-approval plugin takes over, people
 * other than admins can save drafts but never set `_status: published` themselves.
 * Server code acting without a user (seed, workflow) is not a person and passes.
 */
export const preventDirectPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && data._status === 'published' && !hasRole(req.user, 'admin')) {
    throw new APIError('A practice is published only once it has been validated.', 403, undefined, true)
  }
  return data
}
