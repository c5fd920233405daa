import type { PayloadRequest } from 'payload'

import { getUnitSubtree } from '../utilities/getUnitSubtree'
import { idOf } from '../contract/idOf'
import { hasRole } from './hasRole'

/**
 * The units whose unpublished work the caller may see: a member their own unit, a validator
 * their unit's whole subtree. `null` means every unit (content managers and admins).
 */
export const unitScope = async (req: PayloadRequest): Promise<(number | string)[] | null> => {
  const { user } = req
  if (!user) return []
  if (hasRole(user, 'admin', 'contentManager')) return null
  if (hasRole(user, 'validator')) return getUnitSubtree({ req, unit: user.unit })
  const own = idOf(user.unit)
  return own === null ? [] : [own]
}
