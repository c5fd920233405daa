import type { CollectionAfterChangeHook } from 'payload'

import { fillFreeSeats } from '../../../capacity/fillFreeSeats'
import { tellPromoted } from '../tellPromoted'

/**
 * More seats than before: the first on the waitlist get them at once, in the update's own
 * transaction, and are told by e-mail. Fewer seats drop nobody (new applications wait).
 */
export const fillRaisedSeats: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || !(Number(doc.seats) > Number(previousDoc?.seats ?? 0))) return doc
  const promoted = await fillFreeSeats({ req, collection: 'trainings', item: doc.id, seats: doc.seats })
  await tellPromoted({ req, training: doc.id, promoted })
  return doc
}
