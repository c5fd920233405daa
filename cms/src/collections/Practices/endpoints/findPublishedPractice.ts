import type { PayloadRequest } from 'payload'

import { idKindOf } from '../../../input/idKindOf'
import { isValidId } from '../../../input/isValidId'

/**
 * The published version of a practice as the caller may read it, or null: a draft, an
 * unpublished practice, an id of the wrong kind and a missing one all look the same (404).
 */
export const findPublishedPractice = async ({
  id,
  locale,
  req,
}: {
  id: unknown
  locale: 'all' | string
  req: PayloadRequest
}): Promise<null | Record<string, unknown>> => {
  const kind = idKindOf({
    db: req.payload.db,
    fields: req.payload.collections.practices.config.flattenedFields,
  })
  if ((typeof id !== 'string' && typeof id !== 'number') || !isValidId({ id, kind })) return null
  const { docs } = await req.payload.find({
    collection: 'practices',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    locale: locale as 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return (docs[0] as Record<string, unknown> | undefined) ?? null
}
