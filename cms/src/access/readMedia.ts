import type { Access, Where } from 'payload'

import { unitScope } from './unitScope'

const inPublicUse: Where = { public: { equals: true } }
// Every signed-in person reads every resource (members-only ones too), so their files as well.
const usedByResources: Where = { 'usedBy.item': { like: 'resources:' } }

/**
 * A file is public once a public item uses it. Before that only its uploader, the people who
 * may see the unpublished work of a unit whose item uses it (as for practices), content
 * managers and admins see it. Files of members-only resources: anyone signed in. A Where, so lists, `where`, population and the file route
 * (`/api/media/file/…`, image sizes included) all filter alike.
 */
export const readMedia: Access = async ({ req }) => {
  if (!req.user) return inPublicUse
  const units = await unitScope(req)
  if (units === null) return true
  const scoped: Where[] = [inPublicUse, usedByResources, { uploadedBy: { equals: req.user.id } }]
  if (units.length > 0) scoped.push({ 'usedBy.unit': { in: units } })
  return { or: scoped }
}
