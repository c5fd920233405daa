import { transition } from '@redcloud/plugin-staged-approval'
import type { Payload, TypedUser, Where } from 'payload'

import { createLocalReq } from 'payload'

import { replications } from './data/replications'

type Id = number | string

/**
 * The demo replications: each declared for its unit by the unit's volunteer, submitted and —
 * most of them — confirmed by the unit's validator through the staged-approval plugin's Local
 * API, so the history holds real events and replicationCount moves as in production. Found
 * again by practice and unit: seeding twice changes nothing. E-mails are not sent.
 */
export const seedReplications = async ({
  payload,
  practiceId,
  unitId,
  volunteerOf,
  validatorOf,
  count,
}: {
  payload: Payload
  practiceId: (slug: string) => Promise<Id | undefined>
  unitId: (code: string) => Id | undefined
  volunteerOf: (code: string) => Promise<TypedUser>
  validatorOf: (code: string) => Promise<TypedUser>
  count: (what: string, created: boolean) => void
}): Promise<void> => {
  const req = await createLocalReq({}, payload)
  for (const replication of replications) {
    const practice = await practiceId(replication.practice)
    const unit = unitId(replication.unit)
    if (practice === undefined || unit === undefined) continue
    const where: Where = { and: [{ practice: { equals: practice } }, { unit: { equals: unit } }] }
    const { docs } = await payload.find({
      collection: 'replications',
      where,
      limit: 1,
      depth: 0,
      pagination: false,
    })
    count('replications', !docs[0])
    if (docs[0]) continue
    const author = await volunteerOf(replication.unit)
    const doc = await payload.create({
      collection: 'replications',
      locale: 'it',
      draft: true,
      data: {
        practice,
        unit,
        author: author.id,
        status: replication.status,
        startDate: replication.startDate ?? null,
        endDate: replication.endDate ?? null,
        adaptations: replication.adaptations.it,
        results: replication.results?.it ?? null,
      } as never,
    })
    await payload.update({
      collection: 'replications',
      id: doc.id,
      locale: 'en',
      draft: true,
      data: { adaptations: replication.adaptations.en, results: replication.results?.en ?? null },
    })
    const act = (action: 'approve' | 'submit', user: TypedUser) =>
      transition({ payload, req, collection: 'replications', id: doc.id, action, user, notify: false })
    await act('submit', author)
    if (replication.confirmed) await act('approve', await validatorOf(replication.unit))
  }
}
