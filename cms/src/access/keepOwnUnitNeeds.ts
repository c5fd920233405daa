import type { Access } from 'payload'

import { needPosterUnits } from './needPosterUnits'

/** Editing or deleting a need or a shift: those who keep its unit (`unit` on both collections). */
export const keepOwnUnitNeeds: Access = async ({ req }) => {
  const units = await needPosterUnits(req)
  if (units === null) return true
  if (units.length === 0) return false
  return { unit: { in: units } }
}
