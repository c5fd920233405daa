import type { CollectionSlug, Payload } from 'payload'

import { createLocalReq } from 'payload'

import { MEDIA_USE_CONTEXT } from './MEDIA_USE_CONTEXT'
import { syncMediaUse } from './syncMediaUse'
import { usesMedia } from './usesMedia'

/**
 * Files stored before their usage was recorded (`public` unset) get it from every item that can
 * use one; files nothing uses end up private. Does nothing once every file has its answer.
 */
export const backfillMediaUse = async ({ payload }: { payload: Payload }): Promise<void> => {
  const unknown = { public: { exists: false } } as const
  if ((await payload.count({ collection: 'media', where: unknown })).totalDocs === 0) return
  const req = await createLocalReq({ context: { [MEDIA_USE_CONTEXT]: true } }, payload)
  for (const { slug, fields } of payload.config.collections) {
    if (slug === 'media' || !usesMedia(fields)) continue
    const collection = slug as CollectionSlug
    const { docs } = await payload.find({ collection, depth: 0, pagination: false, req, select: {} })
    for (const { id } of docs) await syncMediaUse({ collection, id, req })
  }
  // One file at a time: an update by `where` processes its documents in parallel inside one
  // transaction, which MongoDB does not allow on a session.
  const { docs } = await payload.find({
    collection: 'media',
    where: unknown,
    pagination: false,
    req,
    select: {},
  })
  for (const { id } of docs) await payload.update({ collection: 'media', id, data: { public: false }, req })
}
