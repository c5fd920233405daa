import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../types'

/** The events of one item, oldest first. Only called once the caller is known to see the item. */
export const readHistory = async ({
  collection,
  id,
  options,
  req,
}: {
  collection: CollectionSlug
  id: number | string
  options: SanitizedOptions
  req: PayloadRequest
}) => {
  const { docs } = await req.payload.find({
    collection: options.eventsSlug as CollectionSlug,
    where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }] },
    sort: 'revision',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs.map((event) => {
    const e = event as unknown as Record<string, unknown>
    return {
      at: e.createdAt,
      action: e.action,
      from: e.from,
      to: e.to,
      revision: e.revision,
      by: e.userName,
      role: e.userRole ?? null,
      level: e.userLevel,
      comment: e.comment || null,
      version: e.version,
    }
  })
}
