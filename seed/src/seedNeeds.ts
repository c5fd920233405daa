import { claimSeat } from '@redcloud/cms/capacity/claimSeat'
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { needs } from './data/needs'
import type { SeedLocale } from './data/types'

type Id = number | string
const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000
const LOCALES: SeedLocale[] = ['it', 'en', 'fr', 'es']

/**
 * The volunteer calendar's demo needs and shifts, dated from today, and their sign-ups made
 * through the capacity rule itself (claimSeat). Found again by Italian title: seeding twice
 * changes nothing.
 */
export const seedNeeds = async ({
  payload,
  unitId,
  themeId,
  practiceId,
  account,
  count,
}: {
  payload: Payload
  unitId: (code: string) => Id | undefined
  themeId: (slug: string) => Id | undefined
  practiceId: (slug: string) => Promise<Id | undefined>
  account: (name: string) => Promise<TypedUser>
  count: (what: string, created: boolean) => void
}): Promise<void> => {
  const today = new Date()
  today.setUTCHours(0, 0, 0, 0)
  for (const need of needs) {
    const { docs } = await payload.find({
      collection: 'needs',
      where: { title: { equals: need.title.it } },
      locale: 'it',
      limit: 1,
      depth: 0,
      pagination: false,
    })
    count('needs', !docs[0])
    if (docs[0]) continue
    const created = await payload.create({
      collection: 'needs',
      data: {
        title: need.title.it,
        description: need.description.it,
        unit: unitId(need.unit) as number,
        themes: need.themes.map(themeId).filter((id) => id !== undefined) as number[],
        skills: need.skills,
        address: need.address,
        location: need.location,
        practice: need.practice ? ((await practiceId(need.practice)) as number | undefined) : undefined,
      },
      locale: 'it',
    })
    for (const locale of LOCALES.filter((l) => l !== 'it'))
      await payload.update({
        collection: 'needs',
        id: created.id,
        data: { title: need.title[locale], description: need.description[locale] },
        locale,
      })
    for (const shift of need.shifts) {
      const start = today.getTime() + shift.inDays * DAY + (shift.hour - 1) * HOUR
      const saved = await payload.create({
        collection: 'shifts',
        data: {
          need: created.id,
          start: new Date(start).toISOString(),
          end: new Date(start + shift.hours * HOUR).toISOString(),
          capacity: shift.capacity,
          skills: shift.skills ?? [],
        },
      })
      count('shifts', true)
      for (const name of shift.volunteers ?? []) {
        const user = await account(name)
        const req = await createLocalReq({ user }, payload)
        await claimSeat({ req, collection: 'shifts', item: saved.id, user: user.id, seats: shift.capacity })
        count('shift sign-ups', true)
      }
    }
  }
}
