import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../contract/idOf'

/**
 * A need moved to another unit takes its shifts along: a shift's `unit` (who keeps it and reads
 * its roster) is always its need's, written through the adapter (a copy, not an edit).
 */
export const moveShiftsWithUnit: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || String(idOf(doc.unit)) === String(idOf(previousDoc?.unit))) return doc
  await req.payload.db.updateMany({
    collection: 'shifts',
    where: { need: { equals: doc.id } },
    data: { unit: idOf(doc.unit) },
    req,
  })
  return doc
}
