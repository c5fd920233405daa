import type { CollectionBeforeOperationHook, Where } from 'payload'

import { APIError } from 'payload'

import { MEDIA_USE_CONTEXT } from './MEDIA_USE_CONTEXT'

/**
 * A file a public item uses is what was approved: nobody replaces it, edits it or deletes it
 * (SECURITY.md §11); only the server's own usage bookkeeping writes it. Checked before the
 * operation starts, because Payload removes the old file from disk before any change hook runs.
 */
export const freezeMediaInPublicUse: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'update' && operation !== 'delete') || req.context[MEDIA_USE_CONTEXT]) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const scope: null | Where = id !== undefined ? { id: { equals: id } } : (where ?? null)
  if (!scope) return args
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { and: [scope, { public: { equals: true } }] },
    depth: 0,
    limit: 1,
    overrideAccess: id !== undefined,
    user: req.user,
    req,
    select: {},
  })
  if (docs.length > 0) {
    throw new APIError(
      `This file is used by a published item and cannot be ${operation === 'delete' ? 'deleted' : 'changed'}: upload a new file and use it in a new revision of the item.`,
      409,
      undefined,
      true,
    )
  }
  return args
}
