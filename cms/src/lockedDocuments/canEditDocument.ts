import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { idOf } from '../contract/idOf'

/**
 * Whether the document exists and the caller's `update` access covers it — one answer for
 * both, so a refusal does not tell a missing document from someone else's.
 */
export const canEditDocument = async ({
  collection,
  id,
  req,
}: {
  collection: string
  id: unknown
  req: PayloadRequest
}): Promise<boolean> => {
  const target = req.payload.collections[collection as CollectionSlug]
  const docId = idOf(id)
  if (!target || target.config.lockDocuments === false || docId === null) return false
  try {
    const access = await target.config.access.update({ id: docId as never, req })
    if (!access) return false
    const byId: Where = { id: { equals: docId } }
    const { totalDocs } = await req.payload.count({
      collection: collection as CollectionSlug,
      where: access === true ? byId : { and: [byId, access] },
      req,
      overrideAccess: true,
    })
    return totalDocs > 0
  } catch {
    // An ID of the wrong type for the adapter is no document either.
    return false
  }
}
