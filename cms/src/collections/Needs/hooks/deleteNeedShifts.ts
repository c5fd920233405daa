import type { CollectionAfterDeleteHook } from 'payload'

/** A deleted need takes its shifts (and, through them, their sign-ups) with it, one at a time. */
export const deleteNeedShifts: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const { docs } = await req.payload.find({
    collection: 'shifts',
    where: { need: { equals: doc.id } },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: {},
  })
  for (const { id } of docs) await req.payload.delete({ collection: 'shifts', id, req, overrideAccess: true })
  return doc
}
