import type { CollectionAfterChangeHook } from 'payload'

import { fillFreeSeats } from '../../../capacity/fillFreeSeats'
import { tellPromotedVolunteers } from '../tellPromotedVolunteers'

/** More places than before: the first on the waitlist get them at once and are told by e-mail. */
export const fillRaisedCapacity: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || !(Number(doc.capacity) > Number(previousDoc?.capacity ?? 0))) return doc
  const promoted = await fillFreeSeats({ req, collection: 'shifts', item: doc.id, seats: doc.capacity })
  await tellPromotedVolunteers({ req, shift: doc.id, promoted })
  return doc
}
