import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../contract/idOf'
import { getUnitSubtree } from '../utilities/getUnitSubtree'
import { hasRole } from './hasRole'

/**
 * Who reads support requests (or, with `prefix: 'version.'`, their versions): desk officers and
 * admins all; validators their unit's subtree; members their own unit; everyone what they wrote.
 * Content managers are not the desk: they read only their own unit's, like members.
 */
export const supportRequestReaders = async ({
  req,
  prefix,
}: {
  req: PayloadRequest
  prefix: '' | 'version.'
}): Promise<boolean | Where> => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin', 'deskOfficer')) return true
  const own = idOf(user.unit)
  const units = hasRole(user, 'validator')
    ? await getUnitSubtree({ req, unit: user.unit })
    : own === null
      ? []
      : [own]
  const scoped: Where[] = [{ [`${prefix}author`]: { equals: user.id } }]
  if (units.length > 0) scoped.push({ [`${prefix}unit`]: { in: units } })
  return { or: scoped }
}
