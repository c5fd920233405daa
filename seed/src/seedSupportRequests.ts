import type { Unit } from '@redcloud/cms/payload-types'
import { transition } from '@redcloud/plugin-staged-approval'
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { supportRequests } from './data/supportRequests'

type Id = Unit['id']
type Action = Parameters<typeof transition>[0]['action']

const DAY = 24 * 60 * 60 * 1000

/**
 * The demo support requests: each written by an account of its unit and walked through its
 * chain with the staged-approval plugin's Local API — endorsed by a validator of the regional
 * committee above it, accepted or sent back by the desk officer — so the history holds real
 * events. Accepted ones get the desk's progress and notes as the desk's endpoint writes them.
 * Found again by unit and title: seeding twice changes nothing. E-mails are not sent.
 */
export const seedSupportRequests = async ({
  payload,
  unitIds,
  requesterIn,
  endorserFor,
  deskOfficer,
  count,
}: {
  payload: Payload
  unitIds: Map<string, Id>
  /** An account of the unit that is not one of its validators when avoidable. */
  requesterIn: (unitCode: string) => Promise<TypedUser>
  /** A validator of the regional committee above the unit (the committee itself for its own). */
  endorserFor: (unitCode: string) => Promise<TypedUser>
  deskOfficer: TypedUser
  count: (what: string, created: boolean) => void
}): Promise<void> => {
  const req = await createLocalReq({}, payload)
  const now = Date.now()
  for (const request of supportRequests) {
    const unit = unitIds.get(request.unit)
    if (unit === undefined) throw new Error(`Support request "${request.title}" names an unknown unit.`)
    const { docs } = await payload.find({
      collection: 'support-requests',
      where: { and: [{ unit: { equals: unit } }, { title: { equals: request.title } }] },
      limit: 1,
      depth: 0,
      draft: true,
      pagination: false,
    })
    count('supportRequests', !docs[0])
    if (docs[0]) continue
    const author = await requesterIn(request.unit)
    const doc = await payload.create({
      collection: 'support-requests',
      draft: true,
      data: {
        title: request.title,
        type: request.type,
        urgency: request.urgency,
        description: request.description,
        unit,
        author: author.id,
      } as never,
    })
    if (request.stage === 'draft') continue

    const endorser = await endorserFor(request.unit)
    const steps: { action: Action; user: TypedUser; comment?: string }[] = [
      { action: 'submit', user: author },
    ]
    if (request.stage === 'changes_requested' || request.stage === 'rejected') {
      // The region sends back an unclear request; the desk declines what it does not do.
      steps.push(
        request.stage === 'rejected'
          ? { action: 'approve', user: endorser }
          : { action: 'request_changes', user: endorser, comment: request.comment },
      )
      if (request.stage === 'rejected')
        steps.push({ action: 'reject', user: deskOfficer, comment: request.comment })
    } else if (request.stage !== 'endorsement') {
      steps.push({ action: 'approve', user: endorser, comment: 'Sosteniamo la richiesta.' })
      if (request.stage !== 'acceptance') steps.push({ action: 'approve', user: deskOfficer })
    }
    // Submitted `daysAgo` days ago, a few days between decisions, the last at least a day ago.
    const gap = Math.max(1, Math.floor(request.daysAgo / (steps.length + 1)))
    for (const [n, { action, user, comment }] of steps.entries())
      await transition({
        payload,
        req,
        collection: 'support-requests',
        id: doc.id,
        action,
        user,
        comment,
        notify: false,
        at: new Date(now - (request.daysAgo - n * gap) * DAY),
      })

    if (request.stage === 'inProgress' || request.stage === 'done') {
      const notes = (request.notes ?? []).map((note, n) => ({
        date: new Date(now - Math.max(0, request.daysAgo - (steps.length + n) * gap) * DAY).toISOString(),
        note,
        author: deskOfficer.id,
        authorName: String((deskOfficer as { displayName?: unknown }).displayName ?? ''),
      }))
      await payload.update({
        collection: 'support-requests',
        id: doc.id,
        data: { progress: request.stage, progressNotes: notes } as never,
        depth: 0,
      })
    }
  }
}
