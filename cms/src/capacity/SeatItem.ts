import type { PayloadRequest } from 'payload'

/** What the capacity rule needs to know about one item (a training, a shift). */
export type SeatItem = {
  /** The req whose transaction the claim joins (or opens): its payload does the work. */
  req: PayloadRequest
  /** The item's collection slug; it must have the `capacityFields()`. */
  collection: string
  item: number | string
}
