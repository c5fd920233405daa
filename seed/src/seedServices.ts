import type { Unit } from '@redcloud/cms/payload-types'
import { transition } from '@redcloud/plugin-staged-approval'
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { services } from './data/services'
import type { SeedLocale } from './data/types'

// Generated types say number (SQLite); on MongoDB the same values are strings at run time.
type Id = Unit['id']
const LOCALES: SeedLocale[] = ['it', 'en', 'fr', 'es']

/** The public office address of a demo unit (never a person's). */
export const unitContactEmail = (code: string) => `${code.toLowerCase()}@units.redcloud.example.org`

/**
 * The demo Carta dei Servizi: each service is proposed by an account of its own unit and, for
 * most, confirmed through the staged-approval plugin's Local API by a validator above it (the
 * local validator, or the national one for regional and national units), never by its proposer.
 */
export const seedServices = async ({
  payload,
  unitIds,
  themeIds,
  proposerIn,
  confirmerFor,
  count,
}: {
  payload: Payload
  unitIds: Map<string, Id>
  themeIds: Map<string, Id>
  /** An account of the unit that may propose for it (not a validator of that unit when avoidable). */
  proposerIn: (unitCode: string) => Promise<TypedUser>
  /** A validator whose subtree holds the unit and who is not the proposer. */
  confirmerFor: (unitCode: string) => Promise<TypedUser>
  count: (what: string, created: boolean) => void
}): Promise<void> => {
  const req = await createLocalReq({}, payload)
  for (const service of services) {
    const unit = unitIds.get(service.unit)
    if (unit === undefined) throw new Error(`Service ${service.key} names an unknown unit.`)
    const { template } = service
    const { docs } = await payload.find({
      collection: 'services',
      where: { and: [{ unit: { equals: unit } }, { name: { equals: template.name.it } }] },
      locale: 'it',
      limit: 1,
      depth: 0,
      draft: true,
      pagination: false,
    })
    const existing = docs[0]
    const shared = {
      unit,
      themes: template.themes.map((slug) => themeIds.get(slug)).filter((id) => id !== undefined),
      targetGroups: template.targetGroups,
      status: service.status,
      address: service.place?.address ?? null,
      location: { lat: service.place?.lat ?? null, lng: service.place?.lng ?? null },
      contact: {
        email: unitContactEmail(service.unit),
        phone: `+39 06 555 ${String(1000 + (unitIds.size + service.key.length) * 7).slice(-4)}`,
      },
    }
    const texts = (locale: SeedLocale) => ({
      name: template.name[locale],
      description: template.description[locale],
      schedule: template.schedule[locale],
    })
    if (existing) {
      // Texts only: an existing service keeps the stage it has.
      for (const locale of LOCALES)
        await payload.update({
          collection: 'services',
          id: existing.id,
          data: { ...(locale === 'it' ? shared : {}), ...texts(locale) },
          locale,
          draft: existing._status !== 'published',
        })
      count('services', false)
      continue
    }
    const proposer = await proposerIn(service.unit)
    const created = await payload.create({
      collection: 'services',
      data: { ...shared, ...texts('it'), originalLanguage: 'it' },
      locale: 'it',
      draft: true,
      user: proposer,
    })
    for (const locale of LOCALES.slice(1))
      await payload.update({
        collection: 'services',
        id: created.id,
        data: texts(locale),
        locale,
        draft: true,
      })
    count('services', true)
    if (service.stage === 'draft') continue
    const act = (action: 'approve' | 'submit', user: TypedUser) =>
      transition({ payload, req, collection: 'services', id: created.id, action, user, notify: false })
    await act('submit', proposer)
    if (service.stage === 'published') await act('approve', await confirmerFor(service.unit))
  }
}
