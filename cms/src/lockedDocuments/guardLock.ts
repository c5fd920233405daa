import type { CollectionBeforeValidateHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import { sameId } from '../utilities/sameId'
import { canEditDocument } from './canEditDocument'

type Lock = {
  document?: { relationTo?: unknown; value?: unknown } | null
  globalSlug?: unknown
  user?: { relationTo?: unknown; value?: unknown } | null
}

/**
 * A lock (created or taken over) names the caller, on one existing document they may edit, or
 * on a global they may edit. Payload writes its own locks straight to the database; these
 * checks are for locks written through the API.
 */
export const guardLock: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  const user = req.user
  if (!user) return data
  const lock = { ...(originalDoc as Lock | undefined), ...(data as Lock | undefined) }
  const invalid = (path: string, message: string) =>
    new ValidationError({ collection: collection.slug, errors: [{ message, path }], req })

  if (lock.user?.relationTo !== user.collection || !sameId(lock.user?.value, user.id)) {
    throw new APIError('"user": a lock can only name yourself.', 403, undefined, true)
  }
  const hasDocument = Boolean(lock.document?.value)
  const hasGlobal = typeof lock.globalSlug === 'string' && lock.globalSlug !== ''
  if (hasDocument === hasGlobal) {
    throw invalid('document', 'A lock is on exactly one document or one global.')
  }
  if (hasDocument) {
    const editable = await canEditDocument({
      collection: String(lock.document?.relationTo),
      id: lock.document?.value,
      req,
    })
    if (!editable) throw invalid('document', 'Only an existing document you may edit can be locked.')
    return data
  }
  const global = req.payload.config.globals.find(({ slug }) => slug === lock.globalSlug)
  const editable = global && global.lockDocuments !== false && (await global.access.update({ req }))
  if (!editable) throw invalid('globalSlug', 'Only a global you may edit can be locked.')
  return data
}
