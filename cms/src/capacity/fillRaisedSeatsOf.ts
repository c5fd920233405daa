import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Promotion } from './fillFreeSeats'
import { fillFreeSeats } from './fillFreeSeats'

/**
 * The `afterChange` hook of an item collection with places: more places than before (its
 * `seatsField`) and the first on the waitlist get them at once, in the update's own transaction,
 * and are told (`tell`, e.g. by `tellPromoted`). Fewer places drop nobody (new claims wait).
 */
export const fillRaisedSeatsOf =
  ({
    collection,
    seatsField,
    tell,
  }: {
    collection: string
    seatsField: string
    tell: (args: { req: PayloadRequest; item: number | string; promoted: Promotion[] }) => Promise<void>
  }): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const seats = Number(doc[seatsField])
    if (operation !== 'update' || !(seats > Number(previousDoc?.[seatsField] ?? 0))) return doc
    const promoted = await fillFreeSeats({ req, collection, item: doc.id, seats })
    await tell({ req, item: doc.id, promoted })
    return doc
  }
