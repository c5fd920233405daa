import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { idOf } from '../../../contract/idOf'

/**
 * The author is whoever creates the practice and its unit is the author's unit: never taken
 * from the request body (admins may set both, e.g. when importing on someone's behalf).
 */
export const assignAuthorAndUnit: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const { user } = req
  if (operation !== 'create' || !user) return data
  if (hasRole(user, 'admin')) {
    return { ...data, author: data.author ?? user.id, unit: data.unit ?? idOf(user.unit) }
  }
  const unit = idOf(user.unit)
  if (unit === null) {
    throw new ValidationError({
      collection: 'practices',
      errors: [
        { path: 'unit', message: 'Your account belongs to no unit: ask an administrator to add you to one.' },
      ],
      req,
    })
  }
  return { ...data, author: user.id, unit }
}
