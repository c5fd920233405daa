import type { PayloadRequest, Where } from 'payload'

import { SEAT_CLAIMS } from '../../../capacity/SEAT_CLAIMS'
import { idOf } from '../../../contract/idOf'
import { pickFields } from './pickFields'

const CLAIM_FIELDS = ['status', 'appliedAt', 'acceptedAt', 'withdrawnAt'] as const

/**
 * The part of a person's data export (`collectOwnData`) about taking part: their training
 * applications and shift sign-ups (every one, withdrawn and cancelled too, with what they were
 * for), the ideas they are in (as author, team member or mentor; each as they may read it, drafts
 * included), the progress notes and funding entries they wrote, and the reminders and call
 * alerts sent to them. Nothing about anyone else: not who else applied, signed up or is in a team
 * beyond the ideas' own `team` and `mentors` lists, which they see anyway.
 */
export const collectOwnVolunteering = async ({ id, req }: { id: number | string; req: PayloadRequest }) => {
  const { payload } = req
  const mine = (field: string): Where => ({ [field]: { equals: id } })
  const all = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const claims = (
    await payload.find({ collection: SEAT_CLAIMS, where: mine('user'), sort: 'appliedAt', ...all })
  ).docs
  const itemsOf = (collection: string) =>
    claims.filter((c) => c.itemCollection === collection).map((c) => c.item)
  const trainings = (
    await payload.find({
      collection: 'trainings',
      where: { id: { in: itemsOf('trainings') } },
      locale: 'all',
      select: { title: true, startsAt: true, endsAt: true },
      ...all,
    })
  ).docs
  const shifts = (
    await payload.find({
      collection: 'shifts',
      where: { id: { in: itemsOf('shifts') } },
      select: { need: true, start: true, end: true },
      ...all,
    })
  ).docs
  const ideas = await payload.find({
    collection: 'ideas',
    where: { or: [mine('author'), { team: { in: [id] } }, { mentors: { in: [id] } }] },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const notes = await payload.find({
    collection: 'idea-notes',
    where: mine('author'),
    sort: 'createdAt',
    ...all,
  })
  const funding = await payload.find({ collection: 'idea-funding', where: mine('author'), ...all })
  const reminders = await payload.find({ collection: 'shift-reminders', where: mine('user'), ...all })
  const alerts = await payload.find({ collection: 'funding-call-alerts', where: mine('user'), ...all })
  const same = (a: unknown, b: unknown) => String(a) === String(b)
  return {
    trainingApplications: claims
      .filter((claim) => claim.itemCollection === 'trainings')
      .map((claim) => ({
        training: pickFields(trainings.find((doc) => same(doc.id, claim.item)) ?? { id: claim.item }, [
          'id',
          'title',
          'startsAt',
          'endsAt',
        ]),
        ...pickFields(claim, CLAIM_FIELDS),
      })),
    shiftSignUps: claims
      .filter((claim) => claim.itemCollection === 'shifts')
      .map((claim) => ({
        shift: pickFields(shifts.find((doc) => same(doc.id, claim.item)) ?? { id: claim.item }, [
          'id',
          'need',
          'start',
          'end',
        ]),
        ...pickFields(claim, CLAIM_FIELDS),
      })),
    ideas: ideas.docs.map((idea) => ({
      ...idea,
      asAuthor: same(idOf(idea.author), id),
      asTeamMember: (idea.team ?? []).some((member) => same(idOf(member), id)),
      asMentor: (idea.mentors ?? []).some((mentor) => same(idOf(mentor), id)),
    })),
    ideaNotes: notes.docs.map((doc) =>
      pickFields(doc, ['id', 'idea', 'date', 'note', 'authorName', 'createdAt']),
    ),
    ideaFunding: funding.docs,
    remindersSent: [
      ...reminders.docs.map((doc) => ({ shift: doc.shift, sentAt: doc.createdAt })),
      ...alerts.docs.map((doc) => ({ fundingCall: doc.call, sentAt: doc.createdAt })),
    ],
  }
}
