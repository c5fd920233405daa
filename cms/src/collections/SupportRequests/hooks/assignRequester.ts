import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../../../contract/idOf'

/**
 * A request is always its requester's unit's, and its author the requester (never the body's;
 * a Local API call without a user, e.g. the demo data, gives both).
 */
export const assignRequester: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { user } = req
  const unit = user ? idOf(user.unit) : idOf(data.unit)
  if (unit === null)
    throw new ValidationError({
      collection: 'support-requests',
      errors: [
        { path: 'unit', message: 'Your account belongs to no unit: ask an administrator to add you to one.' },
      ],
      req,
    })
  return { ...data, unit, author: user ? user.id : (idOf(data.author) ?? null) }
}
