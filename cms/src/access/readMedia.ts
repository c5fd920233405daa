import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'
import { unitScope } from './unitScope'

const inPublicUse: Where = { public: { equals: true } }
/** Files some support request uses: never public, read like the requests (the desk, the unit…). */
const SUPPORT_REQUEST_ITEM = 'support-requests:'

/**
 * A file is public once a public item uses it. Before that only its uploader, the people who
 * may see the unpublished work of a unit whose item uses it (as for practices), content
 * managers and admins see it. Support requests are not content: their files are read by the
 * desk officers and, like the requests, not by content managers (unless another item uses them
 * too). A Where, so lists, `where`, population and the file route (`/api/media/file/…`, image
 * sizes included) all filter alike.
 */
export const readMedia: Access = async ({ req }) => {
  if (!req.user) return inPublicUse
  if (hasRole(req.user, 'admin')) return true
  const units = await unitScope(req)
  const scoped: Where[] = [inPublicUse, { uploadedBy: { equals: req.user.id } }]
  if (units === null)
    scoped.push({ 'usedBy.item': { exists: false } }, { 'usedBy.item': { not_like: SUPPORT_REQUEST_ITEM } })
  else if (units.length > 0) scoped.push({ 'usedBy.unit': { in: units } })
  // The Development Desk reads every support request, so the files they use too.
  if (hasRole(req.user, 'deskOfficer')) scoped.push({ 'usedBy.item': { like: SUPPORT_REQUEST_ITEM } })
  return { or: scoped }
}
