import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { idOf } from '../../../contract/idOf'

/**
 * A service belongs to the proposer's own unit, never one taken from the request body (content
 * managers and admins may choose it); the proposer is recorded so they never confirm it.
 * Runs before validation, so the required `unit` is checked on what is stored.
 */
export const assignServiceUnit: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  const { user } = req
  if (operation !== 'create' || !user || !data) return data
  if (hasRole(user, 'admin', 'contentManager')) {
    return { ...data, proposedBy: user.id, unit: data.unit ?? idOf(user.unit) }
  }
  const unit = idOf(user.unit)
  if (unit === null) {
    throw new ValidationError({
      collection: 'services',
      errors: [
        { path: 'unit', message: 'Your account belongs to no unit: ask an administrator to add you to one.' },
      ],
      req,
    })
  }
  return { ...data, proposedBy: user.id, unit }
}
