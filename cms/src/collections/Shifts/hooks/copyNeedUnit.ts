import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { needPosterUnits } from '../../../access/needPosterUnits'
import { idOf } from '../../../contract/idOf'

/**
 * A shift is kept by its need's unit: the unit is copied from the need (never taken from the
 * body), and only someone who keeps that unit adds a shift to it.
 */
export const copyNeedUnit: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const needId = idOf(data.need)
  const need =
    needId === null
      ? null
      : await req.payload.findByID({
          collection: 'needs',
          id: needId,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
          select: { unit: true },
        })
  if (!need) return data // `need` is required: its own validation names it
  const unit = idOf(need.unit)
  const units = req.user ? await needPosterUnits(req) : null
  if (req.user && units !== null && !units.some((id) => String(id) === String(unit)))
    throw new ValidationError({
      collection: 'shifts',
      errors: [
        { path: 'need', message: 'You can add shifts only to needs of a unit you coordinate (need).' },
      ],
      req,
    })
  return { ...data, unit }
}
