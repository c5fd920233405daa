import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A need about to be deleted takes its shifts (and, through them, their sign-ups) with it, one
 * at a time, before it goes: a shift's required `need` cannot be left pointing at nothing.
 */
export const deleteNeedShifts: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'shifts',
    where: { need: { equals: id } },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: {},
  })
  for (const shift of docs)
    await req.payload.delete({ collection: 'shifts', id: shift.id, req, overrideAccess: true })
}
