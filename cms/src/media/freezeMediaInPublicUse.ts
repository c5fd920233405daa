import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { isUnderReview } from '@redcloud/plugin-staged-approval'
import { APIError } from 'payload'

import { MEDIA_USE_CONTEXT } from './MEDIA_USE_CONTEXT'

const frozen = (operation: string, why: string) =>
  new APIError(
    `This file is used by ${why} and cannot be ${operation === 'delete' ? 'deleted' : 'changed'}: upload a new file and use it in a new revision of the item.`,
    409,
    undefined,
    true,
  )

/** Whether one of these `collection:id` items is waiting at a review stage. */
const anyUnderReview = async ({ items, req }: { items: string[]; req: PayloadRequest }): Promise<boolean> => {
  for (const item of new Set(items)) {
    const [collection, id] = item.split(':') as [CollectionSlug, string]
    if (!req.payload.collections[collection] || !id) continue
    const doc = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (isUnderReview(doc)) return true
  }
  return false
}

/**
 * A file a public item uses is what was approved, and a file an item under review uses is what
 * its reviewers are looking at: nobody replaces, edits or deletes either (SECURITY.md §11); only
 * the server's own usage bookkeeping writes it. Checked before the operation starts, because
 * Payload removes the old file from disk before any change hook runs.
 */
export const freezeMediaInPublicUse: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'update' && operation !== 'delete') || req.context[MEDIA_USE_CONTEXT]) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const scope: null | Where = id !== undefined ? { id: { equals: id } } : (where ?? null)
  if (!scope) return args
  const find = (also: Where, limit: number) =>
    req.payload.find({
      collection: 'media',
      where: { and: [scope, also] },
      depth: 0,
      limit,
      overrideAccess: id !== undefined,
      user: req.user,
      req,
      select: { usedBy: true },
    })
  if ((await find({ public: { equals: true } }, 1)).docs.length > 0)
    throw frozen(operation, 'a published item')
  const { docs } = await find({ 'usedBy.live': { equals: false } }, 100)
  const items = docs.flatMap((doc) => (doc.usedBy ?? []).filter((row) => !row.live).map((row) => row.item))
  if (await anyUnderReview({ items, req })) throw frozen(operation, 'an item under review')
  return args
}
