import type { PayloadRequest } from 'payload'

import type { PromotionMessage } from '../../../capacity/tellPromoted'
import { SEAT_CLAIMS } from '../../../capacity/SEAT_CLAIMS'
import { releaseSeat } from '../../../capacity/releaseSeat'
import { tellPromoted } from '../../../capacity/tellPromoted'
import { notifySiteAfterCommit } from '../../../hooks/notifySiteAfterCommit'
import { shiftPromotionMessage } from '../../Shifts/shiftPromotionMessage'
import { trainingPromotionMessage } from '../../Trainings/trainingPromotionMessage'

type Upcoming = { seats: number; message: PromotionMessage } | null

/** Per item collection with places: its seats and waitlist e-mail while it is still ahead, else null. */
const upcoming: Record<string, (req: PayloadRequest, item: string, now: number) => Promise<Upcoming>> = {
  shifts: async (req, item, now) => {
    const shift = await req.payload.findByID({
      collection: 'shifts',
      id: item,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    return shift && new Date(shift.start).getTime() > now
      ? { seats: shift.capacity, message: shiftPromotionMessage({ req, shift: shift.id }) }
      : null
  },
  trainings: async (req, item, now) => {
    const training = await req.payload.findByID({
      collection: 'trainings',
      id: item,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    const begins = training?.startsAt ?? training?.applicationDeadline
    return training && begins && new Date(begins).getTime() > now
      ? { seats: training.seats, message: trainingPromotionMessage({ req, training: training.id }) }
      : null
  },
}

/**
 * The taking-part side of an erasure (`eraseAccount`), in its transaction: a place the person
 * holds or waits for on a shift or training still ahead is released through the capacity rule
 * (the first waiting moves up and is told, after the commit), then every claim of theirs is
 * deleted, past ones too, with the reminders and call alerts sent to them; the progress notes and
 * funding entries they wrote stay with their ideas, credited to `name` (no edit: `updatedAt`
 * kept). Ideas keep them as author, team member or mentor: the account itself is anonymous now.
 */
export const eraseOwnVolunteering = async ({
  account,
  name,
  req,
  now = Date.now(),
}: {
  account: { id: number | string }
  name: string
  req: PayloadRequest
  now?: number
}): Promise<void> => {
  const { db } = req.payload
  const mine = { user: { equals: account.id } }
  const { docs: active } = await db.find<{ itemCollection: string; item: string }>({
    collection: SEAT_CLAIMS,
    where: { and: [mine, { status: { in: ['accepted', 'waitlisted'] } }] },
    limit: 0,
    pagination: false,
    req,
  })
  for (const claim of active) {
    const ahead = await upcoming[claim.itemCollection]?.(req, claim.item, now)
    if (!ahead) continue
    const { promoted } = await releaseSeat({
      req,
      collection: claim.itemCollection,
      item: claim.item,
      user: account.id,
      seats: ahead.seats,
    })
    await tellPromoted({ req, promoted, message: ahead.message })
    notifySiteAfterCommit({ req, reason: `${claim.itemCollection} ${claim.item}: places after an erasure` })
  }
  for (const collection of [SEAT_CLAIMS, 'shift-reminders', 'funding-call-alerts'] as const)
    await db.deleteMany({ collection, where: mine, req })
  for (const collection of ['idea-notes', 'idea-funding'] as const)
    await db.updateMany({
      collection,
      where: { author: { equals: account.id } },
      data: { authorName: name, updatedAt: null },
      returning: false,
      req,
    })
}
