import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

const isGiven = (value: unknown) =>
  value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')

/** A resource is a file or a link: one of the two, on the resource as it will be stored. */
export const requireFileOrLink: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  if (isGiven(merged.file) || isGiven(merged.link)) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ path: 'file', message: 'Attach a file or give a link (one of the two).' }],
    req,
  })
}
