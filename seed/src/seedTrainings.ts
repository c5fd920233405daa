import { claimSeat } from '@redcloud/cms/capacity/claimSeat'
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { type SeedTraining, trainings } from './data/trainings'
import type { SeedLocale } from './data/types'

type Id = number | string
const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000
const LOCALES: SeedLocale[] = ['it', 'en', 'fr', 'es']

/**
 * The Innovation Hub's demo trainings and tools, dated from today, and their applications made
 * through the capacity rule itself (claimSeat), so seats, waitlists and `seatsTaken` are what
 * the application would hold. Found again by Italian title: seeding twice changes nothing.
 */
export const seedTrainings = async ({
  payload,
  unitId,
  applicants,
  count,
}: {
  payload: Payload
  unitId: (code: string) => Id | undefined
  /** Demo accounts who may apply, in the order they apply (members first, then validators). */
  applicants: (training: SeedTraining) => Promise<TypedUser[]>
  count: (what: string, created: boolean) => void
}): Promise<void> => {
  const now = Date.now()
  for (const training of trainings) {
    const { docs } = await payload.find({
      collection: 'trainings',
      where: { title: { equals: training.title.it } },
      locale: 'it',
      limit: 1,
      depth: 0,
      pagination: false,
    })
    count('trainings', !docs[0])
    if (docs[0]) continue
    const startsAt = now + training.startsInDays * DAY
    const data = {
      kind: training.kind,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + training.durationHours * HOUR).toISOString(),
      applicationDeadline: new Date(now + training.deadlineInDays * DAY).toISOString(),
      seats: training.seats,
      online: training.online ?? false,
      place: training.place ?? null,
      link: training.link ?? null,
      eligibleUnits: (training.eligibleUnits ?? []).map(unitId).filter((id) => id !== undefined),
      eligibleRoles: training.eligibleRoles ?? [],
    }
    const created = await payload.create({
      collection: 'trainings',
      data: { ...data, title: training.title.it, description: training.description.it } as never,
      locale: 'it',
    })
    for (const locale of LOCALES.filter((l) => l !== 'it'))
      await payload.update({
        collection: 'trainings',
        id: created.id,
        data: { title: training.title[locale], description: training.description[locale] },
        locale,
      })
    const people = (await applicants(training)).slice(0, training.applicants)
    for (const user of people) {
      const req = await createLocalReq({ user }, payload)
      await claimSeat({
        req,
        collection: 'trainings',
        item: created.id,
        user: user.id,
        seats: training.seats,
      })
      count('training applications', true)
    }
  }
}
