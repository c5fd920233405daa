/**
 * Child process of `npm run bench:site`: loads the demo data into the fresh SQLite database at
 * DATABASE_URL, then inserts published practices until BENCH_SITE_SEED_COUNT are published, each
 * written in all four languages. The texts, themes and target groups come from the demo
 * practices, the units rotate over every regional and local unit, so the site gets realistic
 * filter pages. Inserts go through `payload.db.create` (no hooks, no versions): the site reads
 * only the published documents.
 *
 * With BENCH_SITE_SEED_WORKFLOW=true (the coordinators' dashboard benchmark) each practice also
 * gets its version row (what the admin's draft reads see) and its history, and every eighth one
 * waits in a review stage instead, for up to 30 days: events go in one insert per batch.
 */
import crypto from 'crypto'
import { lexicalRichText } from '@redcloud/cms/contract'
import { getPayload } from 'payload'

import { practices as demoPractices } from '@redcloud/seed/data/practices'
import type { SeedLocale } from '@redcloud/seed/data/types'
import { seed } from '@redcloud/seed/seed'

const LOCALES: SeedLocale[] = ['it', 'en', 'fr', 'es']
const DAY = 24 * 60 * 60 * 1000
const target = Number(process.env.BENCH_SITE_SEED_COUNT ?? 1000)
const withWorkflow = process.env.BENCH_SITE_SEED_WORKFLOW === 'true'
const LEVELS = ['local', 'regional', 'national'] as const

const { default: configPromise } = await import('@redcloud/cms/payload.config')
const payload = await getPayload({ config: await configPromise })
await seed({ payload, log: () => {} })

const published = { _status: { equals: 'published' } } as const
const { totalDocs: demoPublished } = await payload.count({ collection: 'practices', where: published })
const units = (await payload.find({ collection: 'units', limit: 0, pagination: false, depth: 0 })).docs
const themes = (await payload.find({ collection: 'themes', limit: 0, pagination: false, depth: 0 })).docs
const authors = (
  await payload.find({
    collection: 'users',
    where: { email: { like: 'volunteer.' } },
    limit: 0,
    pagination: false,
    depth: 0,
  })
).docs
const themeIdBySlug = new Map(themes.map((theme) => [theme.slug, theme.id]))
const spreadUnits = units.filter((unit) => unit.level !== 'national')
const templates = demoPractices.filter((practice) => practice.stage === 'published')
const rowId = () => crypto.randomBytes(12).toString('hex')

const count = Math.max(0, target - demoPublished)
const started = Date.now()
type EventRow = Record<string, unknown>
let events: EventRow[] = []
const flushEvents = async () => {
  if (events.length === 0) return
  const db = payload.db as unknown as {
    drizzle: { insert: (table: unknown) => { values: (rows: EventRow[]) => Promise<unknown> } }
    tables: Record<string, unknown>
  }
  await db.drizzle.insert(db.tables.workflow_events).values(events)
  events = []
}
for (let i = 0; i < count; i++) {
  const template = templates[i % templates.length]!
  const text = (locale: SeedLocale) => template.texts[locale] ?? template.texts[template.originalLanguage]!
  const perLocale = <T>(pick: (locale: SeedLocale) => T) =>
    Object.fromEntries(LOCALES.map((locale) => [locale, pick(locale)])) as Record<SeedLocale, T>
  const unit = spreadUnits[i % spreadUnits.length]!
  // A second theme from the rotation spreads practices over every theme's filter page.
  const themeSlugs = [...new Set([...template.themes, themes[i % themes.length]!.slug])].slice(0, 3)
  const createdAt = new Date(Date.now() - (i % 1000) * DAY - i * 1000).toISOString()
  // In workflow mode every eighth practice waits at a level (rotating) for up to 30 days.
  const waitsAt = withWorkflow && i % 8 === 7 ? LEVELS[Math.floor(i / 8) % 3]! : null
  const stageEnteredAt = waitsAt ? new Date(Date.now() - (i % 31) * DAY - 60_000).toISOString() : createdAt
  const data = {
    title: perLocale((locale) => `${text(locale).title} (${i + 1})`),
    summary: perLocale((locale) => text(locale).summary),
    description: perLocale((locale) => lexicalRichText(text(locale).description)),
    objectives: perLocale((locale) =>
      text(locale).objectives.map((objective) => ({ id: rowId(), objective })),
    ),
    innovation: perLocale((locale) => text(locale).innovation),
    technologies: perLocale((locale) => text(locale).technologies ?? null),
    replicability: perLocale((locale) => text(locale).replicability),
    slug: `${template.slug}-${i + 1}`,
    unit: unit.id,
    author: authors[i % authors.length]?.id,
    originalLanguage: template.originalLanguage,
    themes: themeSlugs.map((slug) => themeIdBySlug.get(slug)).filter((id) => id !== undefined),
    targetGroups: template.targetGroups,
    qualityIndicators: template.indicators.map((indicator, index) => ({
      ...indicator,
      id: rowId(),
      name: perLocale((locale) => text(locale).indicatorNames[index] ?? ''),
    })),
    costs: template.costs
      ? { ...template.costs, notes: perLocale((locale) => text(locale).costNotes ?? null) }
      : undefined,
    resources: { ...template.resources, material: perLocale((locale) => text(locale).material ?? null) },
    activity: template.activity,
    links: (template.links ?? []).map((link) => ({ ...link, id: rowId() })),
    contact: template.contact,
    selfAssessment: template.selfAssessment,
    _status: waitsAt ? ('draft' as const) : ('published' as const),
    workflow: waitsAt
      ? { stage: `${waitsAt}_review`, revision: LEVELS.indexOf(waitsAt) + 1, stageEnteredAt }
      : { stage: 'published', revision: withWorkflow ? 4 : 1, stageEnteredAt: createdAt },
    publishedAt: waitsAt ? null : createdAt,
    likeCount: (i * 7) % 40,
    commentCount: (i * 3) % 12,
    createdAt,
    updatedAt: createdAt,
  }
  const doc = await payload.db.create({ collection: 'practices', data })
  if (withWorkflow) {
    await payload.db.createVersion({
      collectionSlug: 'practices',
      returning: false,
      parent: doc.id,
      versionData: data as never,
      autosave: false,
      createdAt,
      updatedAt: createdAt,
    })
    // submit, then one approval per level: each stay at a level lasts 1 to 20 days (and 1 hour)
    const stages = ['draft', 'local_review', 'regional_review', 'national_review', 'published']
    const last = waitsAt ? LEVELS.indexOf(waitsAt) + 1 : 4
    const end = Date.parse(waitsAt ? stageEnteredAt : createdAt)
    const steps = Array.from({ length: last }, (_, step) => ((i + step * 7) % 20) + 1)
    let at = end - steps.reduce((sum, days) => sum + days * DAY, 0)
    for (let step = 0; step < last; step++) {
      at += step === 0 ? 0 : (steps[step - 1] ?? 1) * DAY + 3_600_000
      const when = new Date(step === last - 1 ? end : at).toISOString()
      events.push({
        itemCollection: 'practices',
        document: String(doc.id),
        revision: step + 1,
        action: step === 0 ? 'submit' : 'approve',
        from: stages[step],
        to: stages[step + 1],
        userName: 'bench',
        createdAt: when,
        updatedAt: when,
      })
    }
    if (events.length >= 2000) await flushEvents()
  }
  if ((i + 1) % 1000 === 0) console.error(`[seed] ${i + 1}/${count} practices`)
}
await flushEvents()

const { totalDocs } = await payload.count({ collection: 'practices', where: published })
const probe = await payload.find({
  collection: 'practices',
  where: { slug: { equals: `${templates[0]!.slug}-1` } },
  locale: 'fr',
  fallbackLocale: false,
  depth: 0,
})
if (count > 0 && !probe.docs[0]?.title?.endsWith('(1)'))
  throw new Error('Generated practices were not stored per language (the French title is missing).')
console.error(
  `[seed] ${totalDocs} published practices (${demoPublished} demo + ${count} generated in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
)
await payload.destroy()
process.exit(0)
