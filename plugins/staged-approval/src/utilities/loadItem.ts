import type { CollectionSlug, PayloadRequest } from 'payload'

import { NotFound } from 'payload'

import type { WorkflowDoc } from '../types'

/**
 * The item as the caller may see it, latest revision first (drafts included). Anything the
 * caller may not read is a 404, so its existence is not revealed.
 */
export const loadItem = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: number | string
  req: PayloadRequest
}): Promise<WorkflowDoc> => {
  const doc = await req.payload
    .findByID({
      collection,
      id,
      req,
      user: req.user,
      overrideAccess: false,
      draft: true,
      depth: 0,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) throw new NotFound(req.t)
  return doc as unknown as WorkflowDoc
}
