import type { PayloadRequest, TypedUser } from 'payload'

import { hasRole } from '../../access/hasRole'
import type { Role } from '../../access/roles'
import { idOf } from '../../contract/idOf'
import type { Training } from '../../payload-types'
import { getUnitSubtree } from '../../utilities/getUnitSubtree'

/**
 * Who may apply for a training: everyone signed in by default; with `eligibleRoles`, holders of
 * one of them; with `eligibleUnits`, people of one of those units or of a unit below one.
 */
export const mayApply = async ({
  req,
  training,
  user,
}: {
  req: PayloadRequest
  training: Pick<Training, 'eligibleRoles' | 'eligibleUnits'>
  user: TypedUser
}): Promise<boolean> => {
  const roles = (training.eligibleRoles ?? []) as Role[]
  if (roles.length > 0 && !hasRole(user, ...roles)) return false
  const units = (training.eligibleUnits ?? []).map(idOf).filter((id) => id !== null)
  if (units.length === 0) return true
  const own = idOf((user as { unit?: unknown }).unit)
  if (own === null) return false
  for (const unit of units) {
    const subtree = await getUnitSubtree({ req, unit })
    if (subtree.some((id) => String(id) === String(own))) return true
  }
  return false
}
