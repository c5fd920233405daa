import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Whether the caller may read the item's drafts and old versions, by the collection's own
 * `readVersions` access: a denial (thrown or a Where that excludes the item) is a no.
 */
export const canReadDrafts = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: number | string
  req: PayloadRequest
}): Promise<boolean> => {
  if (!req.user) return false
  try {
    const { docs } = await req.payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    return docs.length > 0
  } catch {
    return false
  }
}
