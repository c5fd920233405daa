import type { PayloadRequest } from 'payload'

import { idOf } from '../contract/idOf'
import { getUnitSubtree } from '../utilities/getUnitSubtree'
import { hasRole } from './hasRole'

/**
 * The units whose shift rosters (who signed up) the caller reads: `null` for all (admins), a
 * validator's subtree, a coordinator's own unit. Content managers post needs anywhere but read no
 * roster: names are the unit's business.
 */
export const rosterUnits = async (req: PayloadRequest): Promise<(number | string)[] | null> => {
  const { user } = req
  if (!user) return []
  if (hasRole(user, 'admin')) return null
  const units = hasRole(user, 'validator') ? await getUnitSubtree({ req, unit: user.unit }) : []
  const own = idOf(user.unit)
  if ((user as { coordinator?: boolean | null }).coordinator && own !== null && !units.includes(own))
    units.push(own)
  return units
}
