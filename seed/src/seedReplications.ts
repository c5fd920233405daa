import { transition } from '@redcloud/plugin-staged-approval'
import type { Payload, TypedUser, Where } from 'payload'

import { createLocalReq } from 'payload'

import { replications } from './data/replications'

type Id = number | string

/**
 * The demo replications: each declared for its unit by the unit's volunteer, submitted and —
 * most of them — confirmed by the unit's validator through the staged-approval plugin's Local
 * API, so the history holds real events and replicationCount moves as in production; two of
 * them report a figure for the origin's first indicator, confirmed the same way. Found
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
    if (!replication.confirmed) continue
    const validator = await validatorOf(replication.unit)
    await act('approve', validator)
    if (replication.measured) {
      const origin = await payload.findByID({ collection: 'practices', id: practice, depth: 0 })
      const indicatorKey = origin.qualityIndicators?.find((row) => row.key)?.key
      if (!indicatorKey) continue
      const figure = await payload.create({
        collection: 'measurements',
        draft: true,
        data: {
          replication: doc.id,
          practice,
          indicatorKey,
          ...replication.measured,
          author: author.id,
        } as never,
      })
      const confirm = (action: 'approve' | 'submit', user: TypedUser) =>
        transition({ payload, req, collection: 'measurements', id: figure.id, action, user, notify: false })
      await confirm('submit', author)
      await confirm('approve', validator)
    }
  }
}
