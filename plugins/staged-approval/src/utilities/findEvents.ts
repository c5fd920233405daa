import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../types'

/** The raw history events of one item, oldest first, read with access control off. */
export const findEvents = async ({
  collection,
  id,
  options,
  req,
}: {
  collection: CollectionSlug
  id: number | string
  options: SanitizedOptions
  req: PayloadRequest
}): Promise<Record<string, unknown>[]> => {
  const { docs } = await req.payload.find({
    collection: options.eventsSlug as CollectionSlug,
    where: { and: [{ itemCollection: { equals: collection } }, { document: { equals: String(id) } }] },
    sort: 'revision',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs as unknown as Record<string, unknown>[]
}
