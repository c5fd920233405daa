import type { CollectionSlug, Payload } from 'payload'

/**
 * Deletes every document and version of the collections, through the adapter (no hooks). On
 * SQLite a delete fails while another table's required reference still points at its rows (a
 * like's practice): such a collection is tried again after the others, until all are empty.
 */
export const emptyDatabase = async ({
  payload,
  collections,
}: {
  payload: Payload
  collections: CollectionSlug[]
}): Promise<void> => {
  let left = collections
  while (left.length > 0) {
    const failed: { collection: CollectionSlug; error: unknown }[] = []
    for (const collection of left) {
      try {
        await payload.db.deleteMany({ collection, where: {} })
        if (payload.collections[collection].config.versions)
          await payload.db.deleteVersions({ collection, where: {} })
      } catch (error) {
        failed.push({ collection, error })
      }
    }
    if (failed.length === left.length) throw failed[0]?.error
    left = failed.map(({ collection }) => collection)
  }
}
