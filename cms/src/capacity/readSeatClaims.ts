import type { Access, Where } from 'payload'

import { hasRole } from '../access/hasRole'
import { claimReaders } from './claimReaders'

/**
 * Who applied for what is personal: never anonymous callers; a person reads their own claims,
 * admins all, others what `claimReaders` grants them per item collection.
 */
export const readSeatClaims: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const or: Where[] = [{ user: { equals: req.user.id } }]
  for (const [collection, reads] of Object.entries(claimReaders)) {
    const granted = await reads(req)
    if (granted === true) or.push({ itemCollection: { equals: collection } })
    else if (granted) or.push({ and: [{ itemCollection: { equals: collection } }, granted] })
  }
  return { or }
}
