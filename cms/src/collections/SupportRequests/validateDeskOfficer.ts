import type { Validate } from 'payload'

import { relationship } from 'payload/shared'

import { hasRole } from '../../access/hasRole'
import { idOf } from '../../contract/idOf'

/** Payload's own relationship checks, then: the person assigned must hold the deskOfficer role. */
export const validateDeskOfficer: Validate = async (value, options) => {
  const base = await (relationship as Validate)(value, options)
  if (base !== true) return base
  const id = idOf(value)
  if (id === null) return true
  const { req } = options
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { roles: true },
  })
  return hasRole(user, 'deskOfficer')
    ? true
    : 'The person assigned must be a desk officer (an account with the Desk officer role).'
}
