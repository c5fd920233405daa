import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../../../contract/idOf'
import { sameId } from '../../../utilities/sameId'

/** The linked practice, when given, is the replicating unit's own (its version of the origin). */
export const checkLinkedPractice: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const linked = idOf(data.linkedPractice)
  if (linked === null) return data
  const unit = data.unit ?? (originalDoc as { unit?: unknown } | undefined)?.unit
  const found = await req.payload.findByID({
    collection: 'practices',
    id: linked,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { unit: true },
  })
  if (!found || !sameId(found.unit, unit)) {
    throw new ValidationError({
      collection: 'replications',
      errors: [{ path: 'linkedPractice', message: 'Link a practice of the replicating unit.' }],
      req,
    })
  }
  return data
}
