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
  // The caller's own access decides which files the request reaches; usage is read past it.
  const inScope = await req.payload.find({
    collection: 'media',
    where: scope,
    depth: 0,
    pagination: false,
    overrideAccess: id !== undefined,
    user: req.user,
    req,
    select: {},
  })
  const ids = inScope.docs.map((doc) => doc.id)
  if (ids.length === 0) return args
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { public: true, usedBy: true },
  })
  if (docs.some((doc) => doc.public)) throw frozen(operation, 'a published item')
  const items = docs.flatMap((doc) => (doc.usedBy ?? []).filter((row) => !row.live).map((row) => row.item))
  if (await anyUnderReview({ items, req })) throw frozen(operation, 'an item under review')
  return args
}
