import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { unitScope } from '../access/unitScope'
import { mediaIdsIn } from './mediaIdsIn'

/**
 * A person may only use files they can see: otherwise naming another unit's unpublished upload
 * in one's own draft would make it readable to one's own unit.
 */
export const assertReadableMedia: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!req.user || (await unitScope(req)) === null) return data
  const before = new Set(
    mediaIdsIn({ data: originalDoc, fields: collection.fields }).map(({ id }) => String(id)),
  )
  const added = mediaIdsIn({ data, fields: collection.fields }).filter(({ id }) => !before.has(String(id)))
  if (added.length === 0) return data
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: [...new Set(added.map(({ id }) => id))] } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
    select: {},
  })
  const readable = new Set(docs.map((doc) => String(doc.id)))
  const missing = added.filter(({ id }) => !readable.has(String(id)))
  if (missing.length === 0) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [...new Set(missing.map(({ path }) => path))].map((path) => ({
      path,
      message: 'This file does not exist or you may not use it.',
    })),
    req,
  })
}
