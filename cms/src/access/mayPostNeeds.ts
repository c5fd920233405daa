import type { Access } from 'payload'

import { needPosterUnits } from './needPosterUnits'

/** Creating a need or a shift: validators, content managers, admins and unit coordinators. */
export const mayPostNeeds: Access = async ({ req }) => {
  const units = await needPosterUnits(req)
  return units === null || units.length > 0
}
