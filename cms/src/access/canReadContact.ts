import type { FieldAccess } from 'payload'

import { idOf } from '../contract/idOf'
import { sameId } from '../utilities/sameId'
import { unitScope } from './unitScope'

/**
 * A contact person's name, e-mail and phone: public only with their consent, otherwise only for
 * the author and for people who may see the practice's unit's unpublished work. Without a
 * document (where/sort checks) only those with full scope pass, so nobody can probe the values.
 */
export const canReadContact: FieldAccess = async ({ doc, req }) => {
  const practice = doc as
    { author?: unknown; contact?: { consent?: boolean | null } | null; unit?: unknown } | undefined
  if (practice?.contact?.consent === true) return true
  if (!req.user) return false
  const units = await unitScope(req)
  if (units === null) return true
  if (!practice) return false
  if (sameId(practice.author, req.user.id)) return true
  const unit = idOf(practice.unit)
  return unit !== null && units.some((id) => String(id) === String(unit))
}
