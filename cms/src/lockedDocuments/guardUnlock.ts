import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { sameId } from '../utilities/sameId'
import { canEditDocument } from './canEditDocument'

/** A lock is removed by its owner, or by someone who may edit the locked document. */
export const guardUnlock: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user) return
  const lock = (await req.payload.findByID({
    collection: collection.slug as 'payload-locked-documents',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as null | { document?: { relationTo?: unknown; value?: unknown } | null; user?: { value?: unknown } }
  if (!lock || sameId(lock.user?.value, req.user.id)) return
  const editable =
    lock.document?.value !== undefined &&
    (await canEditDocument({ collection: String(lock.document.relationTo), id: lock.document.value, req }))
  if (!editable)
    throw new APIError('Only its owner or an editor of the document removes a lock.', 403, undefined, true)
}
