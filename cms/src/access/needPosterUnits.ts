import type { PayloadRequest } from 'payload'

import { idOf } from '../contract/idOf'
import { getUnitSubtree } from '../utilities/getUnitSubtree'
import { hasRole } from './hasRole'

/**
 * The units whose volunteer needs (and their shifts and rosters) the caller keeps: `null` for
 * every unit (content managers and admins), a validator's subtree, a coordinator's own unit,
 * nothing for anyone else.
 */
export const needPosterUnits = async (req: PayloadRequest): Promise<(number | string)[] | null> => {
  const { user } = req
  if (!user) return []
  if (hasRole(user, 'admin', 'contentManager')) return null
  if (hasRole(user, 'validator')) return getUnitSubtree({ req, unit: user.unit })
  const own = idOf(user.unit)
  return (user as { coordinator?: boolean | null }).coordinator && own !== null ? [own] : []
}
