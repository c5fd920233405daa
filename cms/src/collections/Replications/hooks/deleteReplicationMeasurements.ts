import type { CollectionBeforeDeleteHook } from 'payload'

/** A replication's measurements mean nothing without it: they go with it, in the same transaction. */
export const deleteReplicationMeasurements: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'measurements',
    where: { replication: { equals: id } },
    depth: 0,
    req,
    overrideAccess: true,
  })
}
