import { createLocalReq, type Payload, type WidgetServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import type { ReactElement } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CoordinatorsDashboard } from '../src/components/dashboard/coordinators/CoordinatorsDashboard'
import { readCoordinatorStats } from '../src/components/dashboard/coordinators/readCoordinatorStats'
import { lastMonths } from '../src/stats/lastMonths'
import { getUnitSubtree } from '../src/utilities/getUnitSubtree'
import { createTestPayload } from './helpers/createTestPayload'
import { demoUser, unitId } from './helpers/demoUsers'

const DAY = 24 * 60 * 60 * 1000
let payload: Payload

beforeAll(async () => {
  ;({ payload } = await createTestPayload())
})
afterAll(async () => {
  await payload?.destroy()
})

const statsFor = async (name: string, now?: Date) => {
  const user = await demoUser(payload, name)
  const req = await createLocalReq({ user }, payload)
  return readCoordinatorStats({ req, user, now })
}

const render = async (name: string, language = 'en') => {
  const user = await demoUser(payload, name)
  const req = await createLocalReq({ user }, payload)
  // a copy: Payload caches one i18n object per language for every later request
  req.i18n = { ...req.i18n, language }
  const element = (await CoordinatorsDashboard({
    req,
    user,
    widgetSlug: 'coordinators',
  } as unknown as WidgetServerProps)) as null | ReactElement
  return element ? renderToStaticMarkup(element) : ''
}

/** Practices (latest versions) of some units, as stage → count. */
const stagesOf = async (units?: (number | string)[]) => {
  const { docs } = await payload.find({
    collection: 'practices',
    where: units ? { unit: { in: units } } : {},
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const counts: Record<string, number> = {}
  for (const doc of docs)
    counts[doc.workflow?.stage ?? 'draft'] = (counts[doc.workflow?.stage ?? 'draft'] ?? 0) + 1
  return { counts, ids: new Set(docs.map((doc) => String(doc.id))) }
}

describe('the coordinators’ dashboard', () => {
  it('a regional validator sees only the figures of their unit’s subtree', async () => {
    const validator = await demoUser(payload, 'validator.lombardia')
    const subtree = await getUnitSubtree({
      req: await createLocalReq({}, payload),
      unit: (validator as { unit?: unknown }).unit,
    })
    const mine = await stagesOf(subtree)
    const stats = (await statsFor('validator.lombardia'))!
    expect(stats.scope).toBe('subtree')
    const practices = stats.collections.find((c) => c.slug === 'practices')!
    expect(Object.fromEntries(practices.stages.map((s) => [s.stage, s.count]))).toEqual(mine.counts)
    const everything = (await statsFor('admin'))!
    const all = await stagesOf()
    expect(Object.fromEntries(everything.collections[0]!.stages.map((s) => [s.stage, s.count]))).toEqual(
      all.counts,
    )
    expect(all.ids.size).toBeGreaterThan(mine.ids.size)

    // Regions: Lombardy alone; every decision timed belongs to a practice of the subtree.
    const lombardia = String(await unitId(payload, 'LOM'))
    expect(stats.byRegion.map((series) => series.group)).toEqual(stats.byRegion.length > 0 ? [lombardia] : [])
    expect(everything.byRegion.length).toBeGreaterThan(1)
    // A stay counts when it began and ended in the last 12 months (the demo history spans two years).
    const since = new Date(`${lastMonths({ now: new Date(), count: 12 })[0]}-01T00:00:00.000Z`)
    const { docs: history } = await payload.find({
      collection: 'workflow-events',
      where: {
        and: [
          { itemCollection: { equals: 'practices' } },
          { createdAt: { greater_than_equal: since.toISOString() } },
        ],
      },
      sort: 'createdAt',
      depth: 0,
      limit: 0,
      pagination: false,
    })
    const events = history.filter(
      (event, n) =>
        event.from === 'local_review' &&
        history
          .slice(0, n)
          .some((earlier) => earlier.document === event.document && earlier.to === 'local_review'),
    )
    expect(events.length).toBeGreaterThan(0)
    const decidedHere = events.filter((event) => mine.ids.has(String(event.document))).length
    expect(practices.times.find((time) => time.stage === 'local_review')!.decided).toBe(decidedHere)
    expect(everything.collections[0]!.times.find((t) => t.stage === 'local_review')!.decided).toBe(
      events.length,
    )
    expect(stats.published).toBe(mine.counts.published ?? 0)
    // Recognised: the demo's national validator recognised some published practices.
    const { totalDocs: recognised } = await payload.count({
      collection: 'practices',
      where: { and: [{ recognised: { equals: true } }, { _status: { equals: 'published' } }] },
    })
    expect(recognised).toBeGreaterThan(0)
    expect(everything.recognised).toBe(recognised)
    expect(stats.recognised).toBeLessThanOrEqual(recognised)
  })

  it('counts items waiting past the reminder for the validators of their subtree only', async () => {
    const validator = await demoUser(payload, 'validator.lombardia')
    const subtree = await getUnitSubtree({
      req: await createLocalReq({}, payload),
      unit: (validator as { unit?: unknown }).unit,
    })
    const inReview = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([stage]) => stage.endsWith('_review')))
    const overdue = (stats: Awaited<ReturnType<typeof statsFor>>) =>
      Object.fromEntries(stats!.collections[0]!.overdue.map((o) => [o.stage, o.count]))
    // Today: those of the subtree that entered their stage more than 7 days ago (the demo's waits
    // are spread over 1-16 days)…
    const { docs: waiting } = await payload.find({
      collection: 'practices',
      draft: true,
      where: {
        and: [
          { unit: { in: subtree } },
          { 'workflow.stage': { in: ['local_review', 'regional_review', 'national_review'] } },
          { 'workflow.stageEnteredAt': { less_than_equal: new Date(Date.now() - 7 * DAY).toISOString() } },
        ],
      },
      depth: 0,
      limit: 0,
      pagination: false,
    })
    const today: Record<string, number> = {}
    for (const doc of waiting)
      today[String(doc.workflow?.stage)] = (today[String(doc.workflow?.stage)] ?? 0) + 1
    expect(overdue(await statsFor('validator.lombardia'))).toEqual(today)
    // …and eight days later every one still in review does, each counted in its own scope.
    const later = new Date(Date.now() + 8 * DAY)
    const mine = inReview((await stagesOf(subtree)).counts)
    const all = inReview((await stagesOf()).counts)
    expect(Object.keys(mine).length).toBeGreaterThan(0)
    expect(overdue(await statsFor('validator.lombardia', later))).toEqual(mine)
    expect(overdue(await statsFor('admin', later))).toEqual(all)
    expect(Object.values(all).reduce((a, b) => a + b)).toBeGreaterThan(
      Object.values(mine).reduce((a, b) => a + b),
    )
  })

  it('draws charts with names and tables, in the reader’s language', async () => {
    const html = await render('validator.lombardia', 'it')
    expect(html).toContain('Cruscotto di coordinamento')
    expect(html).toContain('Buone pratiche per stato, oggi')
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="stages-practices-title"/)
    expect(html).toContain('<title id="stages-practices-title">')
    expect(html).toContain('<details class="coordinators-chart__table">')
    expect(html).toContain('Pubblicata')
    expect(html).not.toMatch(/>local_review</)
    const english = await render('admin', 'en')
    expect(english).toContain('Practices published per month, by theme')
    expect(english).toContain('waiting 7 days or more')
  })

  it('a member gets no block', async () => {
    expect(await statsFor('volunteer.milano')).toBeNull()
    expect(await render('volunteer.milano')).toBe('')
    expect(await statsFor('editor')).toBeNull()
  })
})
