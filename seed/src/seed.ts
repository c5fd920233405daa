import { lexicalRichText } from '@redcloud/cms/contract'
import type { Unit } from '@redcloud/cms/payload-types'
import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import { faq } from './data/faq'
import { fundingCalls } from './data/fundingCalls'
import { guides } from './data/guides'
import { indicators } from './data/indicators'
import { practices } from './data/practices'
import { resources } from './data/resources'
import { themes } from './data/themes'
import type { SeedLocale, SeedPractice } from './data/types'
import { units } from './data/units'
import { DEMO_EMAIL_DOMAIN, pendingRegistrations, users, type SeedUser } from './data/users'
import { demoValidators } from './demoValidators'
import { seedDesk } from './seedDesk'
import { seedServices, unitContactEmail } from './seedServices'
import { seedMeasurements } from './seedMeasurements'
import { firstPublished } from './firstPublished'
import { seedReplications } from './seedReplications'
import { seedSupportRequests } from './seedSupportRequests'
import { seedNeeds } from './seedNeeds'
import { seedTrainings } from './seedTrainings'
import { seedHub } from './seedHub'
import { walkWorkflow } from './walkWorkflow'

export type SeedOptions = {
  payload: Payload
  /** Delete everything first. */
  reset?: boolean
  /** Password of every demo account. */
  password?: string
  log?: (line: string) => void
}

export type SeedSummary = Record<string, { created: number; updated: number }>

// Generated types say number (SQLite); on MongoDB the same values are strings at run time.
type Id = Unit['id']
const LOCALES: SeedLocale[] = ['it', 'en', 'fr', 'es']
const STEPS = 7

/** Collections in the order they can be emptied without breaking relationships. */
const RESET_ORDER: CollectionSlug[] = [
  'idea-notes',
  'idea-funding',
  'ideas',
  'challenges',
  'seat-claims',
  'shift-reminders',
  'shifts',
  'needs',
  'trainings',
  'workflow-events',
  'funding-call-alerts',
  'funding-calls',
  'resources',
  'support-requests',
  'replications',
  'likes',
  'comments',
  'measurements',
  'practices',
  'services',
  'indicators',
  'faq',
  'guides',
  'media',
  'users',
  'themes',
  'units',
]

/**
 * Loads RedCloud's demo data into whatever database Payload is connected to. Every record is
 * found again by a natural key (unit code, theme and practice slug, e-mail, FAQ question), so
 * seeding twice gives the same data. Demo accounts and practices are refused in production.
 */
export const seed = async ({
  payload,
  reset = false,
  password = process.env.SEED_PASSWORD ?? 'redcloud-demo',
  log = (line) => payload.logger.info(line),
}: SeedOptions): Promise<SeedSummary> => {
  const isProduction = process.env.NODE_ENV === 'production'
  const summary: SeedSummary = {}
  const count = (what: string, created: boolean) => {
    const entry = (summary[what] ??= { created: 0, updated: 0 })
    if (created) entry.created++
    else entry.updated++
  }
  const step = (n: number, what: string) => log(`[${n}/${STEPS}] ${what}`)

  const findOne = async (collection: CollectionSlug, where: Where, locale: SeedLocale = 'it') => {
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, locale, pagination: false })
    return (docs[0] as { id: Id } | undefined) ?? null
  }

  if (reset && isProduction) {
    throw new Error('--reset deletes everything: it is refused when NODE_ENV=production.')
  }
  if (reset) {
    step(0, 'Reset: deleting existing data')
    for (const collection of RESET_ORDER) {
      // One at a time: a delete by `where` processes its documents in parallel inside one
      // transaction, which MongoDB does not allow on a session.
      const { docs } = await payload.find({ collection, depth: 0, pagination: false, select: {} })
      for (const { id } of docs) await payload.delete({ collection, id })
      log(`      ${collection}: ${docs.length} deleted`)
    }
  }

  step(1, `Units: ${units.length}`)
  const unitIds = new Map<string, Id>()
  for (const unit of units) {
    const data = {
      name: unit.name,
      code: unit.code,
      level: unit.level,
      parent: unit.parent ? unitIds.get(unit.parent) : null,
      address: unit.address,
      location: { lat: unit.lat, lng: unit.lng },
      contact: { email: unitContactEmail(unit.code) },
    }
    const existing = await findOne('units', { code: { equals: unit.code } })
    const doc = existing
      ? await payload.update({ collection: 'units', id: existing.id, data })
      : await payload.create({ collection: 'units', data })
    unitIds.set(unit.code, doc.id)
    count('units', !existing)
  }

  step(2, `Themes: ${themes.length}, indicators: ${indicators.length}`)
  const themeIds = new Map<string, Id>()
  for (const theme of themes) {
    const existing = await findOne('themes', { slug: { equals: theme.slug } })
    let id = existing?.id
    for (const locale of LOCALES) {
      const data = {
        slug: theme.slug,
        icon: theme.icon,
        colour: theme.colour,
        name: theme.name[locale],
        description: theme.description[locale],
      }
      if (id === undefined) id = (await payload.create({ collection: 'themes', data, locale })).id
      else await payload.update({ collection: 'themes', id, data, locale })
    }
    themeIds.set(theme.slug, id as Id)
    count('themes', !existing)
  }
  const indicatorIds = new Map<string, Id>()
  for (const indicator of indicators) {
    const existing = await findOne('indicators', { slug: { equals: indicator.slug } })
    let id = existing?.id
    for (const locale of LOCALES) {
      const data = {
        slug: indicator.slug,
        name: indicator.name[locale],
        definition: indicator.definition[locale],
        unitOfMeasure: indicator.unitOfMeasure[locale],
        direction: indicator.direction,
        aggregation: indicator.aggregation,
        themes: indicator.themes.map((slug) => themeIds.get(slug)).filter((theme) => theme !== undefined),
      }
      if (id === undefined) id = (await payload.create({ collection: 'indicators', data, locale })).id
      else await payload.update({ collection: 'indicators', id, data, locale })
    }
    indicatorIds.set(indicator.slug, id as Id)
    count('indicators', !existing)
  }

  const userIds = new Map<string, Id>()
  const upsertUser = async (user: SeedUser) => {
    const email = `${user.name}@${DEMO_EMAIL_DOMAIN}`
    const data = {
      email,
      displayName: user.displayName,
      unit: unitIds.get(user.unit),
      roles: user.roles,
      preferredLanguage: user.preferredLanguage,
      ...(user.accountStatus ? { accountStatus: user.accountStatus } : {}),
      ...(user.coordinator ? { coordinator: true } : {}),
      ...(user.skills ? { skills: user.skills } : {}),
    }
    const existing = await findOne('users', { email: { equals: email } })
    const doc = existing
      ? await payload.update({ collection: 'users', id: existing.id, data })
      : await payload.create({ collection: 'users', data: { ...data, password } })
    userIds.set(user.name, doc.id)
    count('users', !existing)
  }

  if (isProduction) {
    step(3, 'Demo accounts: refused because NODE_ENV=production (create real accounts in the admin panel)')
    step(4, 'Practices: skipped in production (they belong to demo accounts)')
  } else {
    // Every local unit gets a volunteer, so each demo practice has a real author.
    const unitVolunteers: SeedUser[] = units
      .filter(
        (unit) =>
          unit.level === 'local' &&
          !users.some(
            (user) => user.unit === unit.code && user.roles.includes('member') && user.roles.length === 1,
          ),
      )
      .map((unit) => ({
        name: `volunteer.${unit.name
          .replace(/^Comitato di /, '')
          .toLowerCase()
          .replace(/[^a-z]+/g, '-')}`,
        displayName: `Volontario/a di ${unit.name.replace(/^Comitato di /, '')}`,
        unit: unit.code,
        roles: ['member'],
        preferredLanguage: 'it',
      }))
    const allUsers = [...users, ...unitVolunteers, ...demoValidators(users)]
    step(3, `Demo accounts: ${allUsers.length} (password from SEED_PASSWORD)`)
    for (const user of allUsers) await upsertUser(user)
    // Registrations waiting for their unit's approval (after allUsers: never an author).
    for (const user of pendingRegistrations) await upsertUser(user)

    const authorFor = (practice: SeedPractice): Id | undefined => {
      if (practice.author && userIds.has(practice.author)) return userIds.get(practice.author)
      const volunteer = allUsers.find((user) => user.unit === practice.unit && user.roles.length === 1)
      // Never a validator: the demo practice climbs its chain through them.
      const colleague = allUsers.find(
        (user) => user.unit === practice.unit && !user.roles.includes('validator'),
      )
      return userIds.get((volunteer ?? colleague)?.name ?? 'admin')
    }

    const accounts = new Map<Id, TypedUser>()
    const account = async (id: Id | undefined): Promise<TypedUser> => {
      if (id === undefined) throw new Error('A demo practice has no account to act for it.')
      if (!accounts.has(id)) {
        const user = await payload.findByID({ collection: 'users', id, depth: 0 })
        accounts.set(id, { ...user, collection: 'users' } as TypedUser)
      }
      return accounts.get(id) as TypedUser
    }
    const validators = new Map<string, Id>()
    for (const user of allUsers) {
      const id = userIds.get(user.name)
      if (user.roles.includes('validator') && id !== undefined && !validators.has(user.unit))
        validators.set(user.unit, id)
    }
    const validatorIn = (unit: string) => account(validators.get(unit))

    step(4, `Practices: ${practices.length}, with their measurements`)
    let done = 0
    let pendingMeasurements = 0
    for (const practice of practices) {
      const authorId = authorFor(practice)
      await upsertPractice({
        payload,
        practice,
        unitId: unitIds.get(practice.unit),
        authorId,
        themeIds,
        indicatorIds,
        findOne,
        count,
        measure: async (id, rows) => {
          // The first validator up the unit's chain confirms; two Milan practices keep one
          // measurement each in validator.milano's queue.
          const chain = [practice.unit, practice.unit.split('-')[0] as string, 'CRI']
          const confirmer = chain.find((unit) => validators.has(unit))
          if (!confirmer) return
          const pending = practice.unit === 'LOM-MI' && pendingMeasurements < 2
          const created = await seedMeasurements({
            payload,
            practice,
            id,
            rows,
            author: await account(authorId),
            validator: await validatorIn(confirmer),
            pending,
          })
          if (pending && created > 0) pendingMeasurements++
          for (let n = 0; n < created; n++) count('measurements', true)
        },
        walk: async (id) => {
          const chain = practice.unit.includes('-')
            ? [practice.unit, practice.unit.split('-')[0] as string]
            : [practice.unit]
          const byUnit = new Map<string, TypedUser>()
          for (const unit of [...chain, 'CRI'])
            if (validators.has(unit)) byUnit.set(unit, await validatorIn(unit))
          await walkWorkflow({
            payload,
            practice,
            id,
            author: await account(authorId),
            validatorOf: (unit) => {
              const validator = byUnit.get(unit)
              if (!validator) throw new Error(`No demo validator in unit ${unit}.`)
              return validator
            },
          })
        },
      })
      done++
      if (done % 10 === 0 || done === practices.length) log(`      ${done}/${practices.length}`)
    }

    // Likes from the units' volunteers (never the named demo accounts, which people try by
    // hand), a few per published practice, so "most appreciated" has something to show.
    const likers = unitVolunteers.map((user) => userIds.get(user.name)).filter((id) => id !== undefined)
    const published = practices.filter((practice) => practice.stage === 'published')
    for (const [i, practice] of published.entries()) {
      const target = await findOne('practices', { slug: { equals: practice.slug } })
      if (!target) continue
      for (const user of likers.slice(0, (i * 7) % 11)) {
        const existing = await findOne('likes', {
          and: [{ practice: { equals: target.id } }, { user: { equals: user } }],
        })
        if (!existing) await payload.create({ collection: 'likes', data: { practice: target.id, user } })
        count('likes', !existing)
      }
    }
    log(`      likes: ${summary.likes?.created ?? 0} new`)

    // Carta dei Servizi: proposed in each unit, confirmed by a validator above its proposer.
    const inUnit = (code: string, test: (user: SeedUser) => boolean) =>
      allUsers.find((user) => user.unit === code && test(user))
    await seedServices({
      payload,
      unitIds,
      themeIds,
      count,
      proposerIn: (code) =>
        account(
          userIds.get(
            (
              inUnit(code, (user) => !user.roles.includes('validator')) ??
              inUnit(code, (user) => user.roles.includes('validator'))
            )?.name ?? 'admin',
          ),
        ),
      confirmerFor: (code) => validatorIn(code.includes('-') && validators.has(code) ? code : 'CRI'),
    })
    log(`      services: ${summary.services?.created ?? 0} new`)
    // Replications between units other than Milano and Roma, most confirmed by their validator.
    await seedReplications({
      payload,
      practiceId: async (slug) => (await findOne('practices', { slug: { equals: slug } }))?.id,
      unitId: (code) => unitIds.get(code),
      volunteerOf: (code) => {
        const volunteer = allUsers.find((user) => user.unit === code && !user.roles.includes('validator'))
        return account(volunteer ? userIds.get(volunteer.name) : undefined)
      },
      validatorOf: validatorIn,
      count,
    })
    log(`      replications: ${summary.replications?.created ?? 0} new`)
    // Development Desk: support requests at every stage of their chain.
    await seedSupportRequests({
      payload,
      unitIds,
      count,
      requesterIn: (code) => {
        const requester =
          inUnit(code, (user) => !user.roles.includes('validator')) ??
          inUnit(code, (user) => user.roles.includes('validator'))
        return account(requester ? userIds.get(requester.name) : undefined)
      },
      endorserFor: (code) => validatorIn(code.split('-')[0] as string),
      deskOfficer: await account(userIds.get('desk.officer')),
    })
    log(`      support requests: ${summary.supportRequests?.created ?? 0} new`)
    // Innovation Hub: trainings and tools, applied for by demo members (the first one full).
    await seedTrainings({
      payload,
      unitId: (code) => unitIds.get(code),
      applicants: async (training) => {
        const fits = allUsers.filter(
          (user) =>
            !user.accountStatus &&
            (training.eligibleRoles
              ? user.roles.some((role) => training.eligibleRoles!.includes(role))
              : user.roles.length === 1 && user.roles[0] === 'member') &&
            (!training.eligibleUnits ||
              training.eligibleUnits.some((code) => user.unit === code || user.unit.startsWith(`${code}-`))),
        )
        return Promise.all(fits.map((user) => account(userIds.get(user.name))))
      },
      count,
    })
    log(`      trainings: ${summary.trainings?.created ?? 0} new`)
    // Innovation Hub: challenges, and ideas at each stage of the Hub's pipeline.
    const hubStarted = Date.now()
    await seedHub({
      payload,
      themeIds,
      account: (name) => account(userIds.get(name)),
      count,
    })
    log(`      hub: ${summary.ideas?.created ?? 0} ideas new (${Date.now() - hubStarted} ms)`)
    // Volunteer calendar: needs and shifts, a few sign-ups (one shift full with a waitlist).
    const needsStarted = Date.now()
    await seedNeeds({
      payload,
      unitId: (code) => unitIds.get(code),
      themeId: (slug) => themeIds.get(slug),
      practiceId: async (slug) => (await findOne('practices', { slug: { equals: slug } }))?.id,
      account: (name) => account(userIds.get(name)),
      count,
    })
    log(`      needs: ${summary.needs?.created ?? 0} new (${Date.now() - needsStarted} ms)`)
  }

  step(5, `FAQ: ${faq.length}`)
  for (const entry of faq) {
    const existing = await findOne('faq', { question: { equals: entry.question.it } })
    let id = existing?.id
    for (const locale of LOCALES) {
      const data = {
        question: entry.question[locale],
        answer: lexicalRichText(entry.answer[locale]),
        category: entry.category,
        order: entry.order,
      }
      if (id === undefined) id = (await payload.create({ collection: 'faq', data, locale })).id
      else await payload.update({ collection: 'faq', id, data, locale })
    }
    count('faq', !existing)
  }

  step(6, `Guides: ${guides.length}; Development Desk`)
  for (const guide of guides) {
    const existing = await findOne('guides', { slug: { equals: guide.slug } })
    let id = existing?.id
    for (const locale of LOCALES) {
      const data = {
        slug: guide.slug,
        title: guide.title[locale],
        summary: guide.summary[locale],
        body: lexicalRichText(guide.body[locale]),
      }
      if (id === undefined) id = (await payload.create({ collection: 'guides', data, locale })).id
      else await payload.update({ collection: 'guides', id, data, locale })
    }
    count('guides', !existing)
  }

  // Development Desk: invented funding calls and the toolbox (demo only, like the practices).
  if (!isProduction) {
    await seedDesk({ payload, unitIds, themeIds, count })
    log(`      desk: ${fundingCalls.length} calls, ${resources.length} resources`)
  }

  step(7, 'Done')
  for (const [what, { created, updated }] of Object.entries(summary)) {
    log(`      ${what}: ${created} created, ${updated} updated`)
  }
  return summary
}

const upsertPractice = async ({
  payload,
  practice,
  unitId,
  authorId,
  themeIds,
  indicatorIds,
  findOne,
  count,
  walk,
  measure,
}: {
  payload: Payload
  practice: SeedPractice
  unitId: Id | undefined
  authorId: Id | undefined
  themeIds: Map<string, Id>
  /** Library indicators by slug. */
  indicatorIds: Map<string, Id>
  findOne: (collection: CollectionSlug, where: Where, locale?: SeedLocale) => Promise<{ id: Id } | null>
  count: (what: string, created: boolean) => void
  /** Takes a new practice from draft to its stage through the workflow. */
  walk: (id: Id) => Promise<void>
  /** Adds a new published practice's measurements (its rows as saved, with their keys). */
  measure: (id: Id, rows: { key?: null | string }[]) => Promise<void>
}) => {
  if (unitId === undefined)
    throw new Error(`Practice "${practice.slug}" names an unknown unit ${practice.unit}.`)
  const existing = await findOne('practices', { slug: { equals: practice.slug } })
  // A new practice starts as a draft and reaches its stage through the workflow; one seeded
  // before keeps the stage it has and only gets its texts again.
  const isPublished = existing !== null && practice.stage === 'published'
  const original = practice.texts[practice.originalLanguage]
  if (!original) throw new Error(`Practice "${practice.slug}" has no text in its original language.`)

  /** A seed indicator as a practice row: the library pick by id, dates from the activity. */
  const indicatorRow = (indicator: SeedPractice['indicators'][number] | undefined) => {
    const { measured: _measured, library, ...values } = indicator ?? {}
    const pick = library ? indicatorIds.get(library) : undefined
    if (library && pick === undefined)
      throw new Error(`Practice "${practice.slug}" names an unknown indicator ${library}.`)
    return {
      ...values,
      indicator: pick ?? null,
      baselineDate: practice.activity.startDate,
      targetDate: practice.activity.endDate ?? targetDateOf(practice.activity.startDate),
    }
  }

  const localized = (locale: SeedLocale) => {
    const text = practice.texts[locale]
    if (!text) return null
    return {
      title: text.title,
      summary: text.summary,
      description: lexicalRichText(text.description),
      objectives: text.objectives.map((objective) => ({ objective })),
      innovation: text.innovation,
      technologies: text.technologies,
      replicability: text.replicability,
    }
  }

  const base = {
    ...localized(practice.originalLanguage),
    slug: practice.slug,
    unit: unitId,
    author: authorId,
    originalLanguage: practice.originalLanguage,
    themes: practice.themes.map((slug) => {
      const id = themeIds.get(slug)
      if (id === undefined) throw new Error(`Practice "${practice.slug}" names an unknown theme ${slug}.`)
      return id
    }),
    targetGroups: practice.targetGroups,
    qualityIndicators: practice.indicators.map((indicator, index) => ({
      ...indicatorRow(indicator),
      name: indicator.library ? null : (original.indicatorNames[index] ?? ''),
    })),
    costs: practice.costs ? { ...practice.costs, notes: original.costNotes } : undefined,
    resources: { ...practice.resources, material: original.material },
    activity: practice.activity,
    links: practice.links ?? [],
    contact: practice.contact,
    selfAssessment: practice.selfAssessment,
    _status: isPublished ? ('published' as const) : ('draft' as const),
  }

  const locale = practice.originalLanguage
  const doc = existing
    ? await payload.update({
        collection: 'practices',
        id: existing.id,
        data: base,
        locale,
        draft: !isPublished,
      })
    : await payload.create({ collection: 'practices', data: base, locale, draft: !isPublished })
  count('practices', !existing)

  for (const other of LOCALES) {
    if (other === locale) continue
    const text = practice.texts[other]
    const translated = localized(other)
    if (!text || !translated) continue
    const rows = (doc.qualityIndicators ?? []) as { id?: null | string; key?: null | string }[]
    await payload.update({
      collection: 'practices',
      id: doc.id,
      locale: other,
      draft: !isPublished,
      data: {
        ...translated,
        qualityIndicators: rows.map(({ id, key }, index) => ({
          ...indicatorRow(practice.indicators[index]),
          id,
          key,
          name: practice.indicators[index]?.library ? null : (text.indicatorNames[index] ?? ''),
        })),
        costs: practice.costs ? { ...practice.costs, notes: text.costNotes } : undefined,
        resources: { ...practice.resources, material: text.material },
        _status: isPublished ? 'published' : 'draft',
      },
    })
  }
  if (existing) return
  await walk(doc.id)
  if (practice.stage === 'published') {
    // The CMS dates the first publication now; the demo spreads them over two years instead.
    await payload.db.updateOne({
      collection: 'practices',
      id: doc.id,
      data: { publishedAt: firstPublished(practice) },
      returning: false,
    })
    await measure(doc.id, (doc.qualityIndicators ?? []) as { key?: null | string }[])
  }
}

/** Two years after the activity started, where a practice names no end. */
const targetDateOf = (startDate: string): string => {
  const start = new Date(startDate)
  start.setFullYear(start.getFullYear() + 2)
  return start.toISOString().slice(0, 10)
}
