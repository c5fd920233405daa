import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'
import { unitScope } from './unitScope'

const inPublicUse: Where = { public: { equals: true } }

/**
 * A file is public once a public item uses it. Before that only its uploader, the people who
 * may see the unpublished work of a unit whose item uses it (as for practices), content
 * managers and admins see it. A Where, so lists, `where`, population and the file route
 * (`/api/media/file/…`, image sizes included) all filter alike.
 */
export const readMedia: Access = async ({ req }) => {
  if (!req.user) return inPublicUse
  const units = await unitScope(req)
  if (units === null) return true
  const scoped: Where[] = [inPublicUse, { uploadedBy: { equals: req.user.id } }]
  if (units.length > 0) scoped.push({ 'usedBy.unit': { in: units } })
  // The Development Desk reads every support request, so the files they use too.
  if (hasRole(req.user, 'deskOfficer')) scoped.push({ 'usedBy.item': { like: 'support-requests:' } })
  return { or: scoped }
}
