import type { Access, PayloadRequest, Where } from 'payload'

import { hasRole } from './hasRole'
import { unitScope } from './unitScope'

const inPublicUse: Where = { public: { equals: true } }
// Every signed-in person reads every resource (members-only ones too), so their files as well.
const usedByResources: Where = { 'usedBy.item': { like: 'resources:' } }
/** Files some support request uses: never public, read like the requests (the desk, the unit…). */
const supportRequestFiles: Where = { 'usedBy.item': { like: 'support-requests:' } }

/** The ids of the files support requests use, read once per request. */
const supportRequestFileIds = async (req: PayloadRequest): Promise<(number | string)[]> => {
  const key = 'readMedia:supportRequestFiles'
  if (Array.isArray(req.context[key])) return req.context[key] as (number | string)[]
  const { docs } = await req.payload.find({
    collection: 'media',
    where: supportRequestFiles,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  const ids = docs.map((doc) => doc.id)
  req.context[key] = ids
  return ids
}

/**
 * A file is public once a public item uses it. Before that only its uploader, the people who
 * may see the unpublished work of a unit whose item uses it (as for practices), content
 * managers and admins see it. Support requests are not content: their files are read by the
 * desk officers and, like the requests, not by content managers. Files of members-only resources:
 * anyone signed in. A Where, so lists, `where`,
 * population and the file route (`/api/media/file/…`, image sizes included) all filter alike.
 */
export const readMedia: Access = async ({ req }) => {
  if (!req.user) return inPublicUse
  if (hasRole(req.user, 'admin')) return true
  const units = await unitScope(req)
  const scoped: Where[] = [inPublicUse, usedByResources, { uploadedBy: { equals: req.user.id } }]
  if (units === null) {
    const hidden = await supportRequestFileIds(req)
    if (hidden.length === 0) return true
    scoped.push({ id: { not_in: hidden } })
  } else if (units.length > 0) scoped.push({ 'usedBy.unit': { in: units } })
  // The Development Desk reads every support request, so the files they use too.
  if (hasRole(req.user, 'deskOfficer')) scoped.push(supportRequestFiles)
  return { or: scoped }
}
