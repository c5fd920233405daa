import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { needPosterUnits } from '../../../access/needPosterUnits'
import { idOf } from '../../../contract/idOf'

/**
 * A need belongs to a unit its poster keeps: a coordinator's own unit, a validator's subtree
 * (their own unit when none is given), any for content managers and admins. Runs before
 * validation so the required `unit` is checked on what is stored.
 */
export const assignNeedUnit: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!req.user || !data) return data
  const units = await needPosterUnits(req)
  const given = idOf(data.unit)
  if (operation === 'update' && data.unit === undefined) return data
  const unit = given ?? (operation === 'create' ? idOf(req.user.unit) : idOf(originalDoc?.unit))
  if (units !== null && (unit === null || !units.some((id) => String(id) === String(unit))))
    throw new ValidationError({
      collection: 'needs',
      errors: [{ path: 'unit', message: 'You can post needs only for a unit you coordinate (unit).' }],
      req,
    })
  return { ...data, unit }
}
