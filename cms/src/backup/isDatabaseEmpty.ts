import type { CollectionSlug, Payload } from 'payload'

/** Whether none of the collections holds a document or a version. */
export const isDatabaseEmpty = async ({
  payload,
  collections,
}: {
  payload: Payload
  collections: CollectionSlug[]
}): Promise<boolean> => {
  for (const collection of collections) {
    const { totalDocs } = await payload.db.count({ collection, where: {} })
    if (totalDocs > 0) return false
    if (!payload.collections[collection].config.versions) continue
    const versions = await payload.db.countVersions({ collection, where: {} })
    if (versions.totalDocs > 0) return false
  }
  return true
}
