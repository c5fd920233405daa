import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { APIError } from 'payload'

const dependents: { collection: CollectionSlug; field: string; what: string }[] = [
  { collection: 'units', field: 'parent', what: 'units below it' },
  { collection: 'users', field: 'unit', what: 'users' },
  { collection: 'practices', field: 'unit', what: 'practices' },
]

/** A unit that still has units, users or practices attached cannot be deleted. */
export const preventOrphans: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const { collection, field, what } of dependents) {
    const { totalDocs } = await req.payload.count({
      collection,
      req,
      where: { [field]: { equals: id } },
    })
    if (totalDocs > 0) {
      throw new APIError(
        `This unit still has ${totalDocs} ${what}: move or delete them first.`,
        409,
        undefined,
        true,
      )
    }
  }
}
