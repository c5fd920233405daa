import type { TextFieldSingleValidation } from 'payload'

import { validateEmail } from '../../fields/validators'

/**
 * A service's public contact is a unit's address, never a person's: an address that belongs to
 * an account is refused unless it is also a unit's own public address.
 */
export const validatePublicContactEmail: TextFieldSingleValidation = async (value, options) => {
  const base = await validateEmail(value, options)
  if (base !== true || typeof value !== 'string' || value.trim() === '') return base
  const { req } = options
  const email = value.trim().toLowerCase()
  const accounts = await req.payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
    req,
  })
  if (accounts.totalDocs === 0) return true
  const units = await req.payload.count({
    collection: 'units',
    where: { 'contact.email': { equals: email } },
    overrideAccess: true,
    req,
  })
  return units.totalDocs > 0
    ? true
    : "This is a person's address: use the unit's own public e-mail (a service's contact is always the unit's)."
}
