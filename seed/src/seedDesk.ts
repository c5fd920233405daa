import type { Unit } from '@redcloud/cms/payload-types'
import type { CollectionSlug, Payload } from 'payload'

import { fundingCalls } from './data/fundingCalls'
import { resources } from './data/resources'
import type { SeedLocale } from './data/types'

type Id = Unit['id']
const LOCALES: SeedLocale[] = ['it', 'en', 'fr', 'es']
const DAY = 24 * 60 * 60 * 1000

/** 23:59 in Rome, `days` from today (22:59 UTC in winter: close enough for demo deadlines). */
const romeEvening = (days: number) => {
  const date = new Date(Date.now() + days * DAY)
  date.setUTCHours(22, 59, 0, 0)
  return date.toISOString()
}

const idsOf = (keys: string[], ids: Map<string, Id>, what: string) =>
  keys.map((key) => {
    const id = ids.get(key)
    if (id === undefined) throw new Error(`Demo desk data names an unknown ${what} "${key}".`)
    return id
  })

/**
 * The Development Desk's demo data: funding calls (deadlines counted from today, so some are
 * closing soon and some closed) and the toolbox's resources, public and members-only. Found
 * again by slug, so seeding twice updates them.
 */
export const seedDesk = async ({
  payload,
  unitIds,
  themeIds,
  count,
}: {
  payload: Payload
  unitIds: Map<string, Id>
  themeIds: Map<string, Id>
  count: (what: string, created: boolean) => void
}): Promise<void> => {
  const findBySlug = async (collection: CollectionSlug, slug: string) =>
    (
      await payload.find({
        collection,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        pagination: false,
      })
    ).docs[0] as { id: Id } | undefined

  for (const call of fundingCalls) {
    const existing = await findBySlug('funding-calls', call.slug)
    let id = existing?.id
    const shared = {
      slug: call.slug,
      funder: call.funder,
      scope: call.scope,
      units: idsOf(call.units ?? [], unitIds, 'unit'),
      amountMin: call.amountMin ?? null,
      amountMax: call.amountMax ?? null,
      currency: 'EUR' as const,
      opensAt: call.opensDaysAgo ? romeEvening(-call.opensDaysAgo) : null,
      deadline: romeEvening(call.deadlineInDays),
      timeZone: call.timeZone ?? 'Europe/Rome',
      link: call.link,
      themes: idsOf(call.themes, themeIds, 'theme'),
    }
    for (const locale of LOCALES) {
      const texts = call.texts[locale]
      if (!texts) continue
      const data = {
        ...shared,
        title: texts.title,
        summary: texts.summary,
        eligibility: texts.eligibility ?? null,
      }
      if (id === undefined) id = (await payload.create({ collection: 'funding-calls', data, locale })).id
      else await payload.update({ collection: 'funding-calls', id, data, locale })
    }
    count('funding-calls', !existing)
  }

  for (const resource of resources) {
    const existing = await findBySlug('resources', resource.slug)
    let id = existing?.id
    const shared = {
      slug: resource.slug,
      type: resource.type,
      language: resource.language,
      visibility: resource.visibility,
      link: resource.link,
      themes: idsOf(resource.themes, themeIds, 'theme'),
    }
    for (const locale of LOCALES) {
      const texts = resource.texts[locale]
      if (!texts) continue
      const data = { ...shared, title: texts.title, description: texts.description }
      if (id === undefined) id = (await payload.create({ collection: 'resources', data, locale })).id
      else await payload.update({ collection: 'resources', id, data, locale })
    }
    count('resources', !existing)
  }
}
