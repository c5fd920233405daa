import { createLocalReq, type Payload, type TypedUser, type Where, type WidgetServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { createElement, type ReactElement } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { CollectionCounts } from '../src/components/dashboard/CollectionCounts'
import { ContentOverview } from '../src/components/dashboard/ContentOverview'
import { dashboardConfig } from '../src/components/dashboard/dashboardConfig'
import { RecentActivity } from '../src/components/dashboard/RecentActivity'
import { StageCounts } from '../src/components/dashboard/StageCounts'
import { getUnitSubtree } from '../src/utilities/getUnitSubtree'
import { createTestPayload } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'

// The admin's client components (and their styles) stay out of a Node test: a card is its link.
vi.mock('@payloadcms/ui', () => ({
  Card: ({ title, href }: { title: string; href: string }) => createElement('a', { href }, title),
}))

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await createTestPayload())
})
afterAll(async () => {
  await payload?.destroy()
})

type Widget = (props: WidgetServerProps) => Promise<null | ReactElement>

/** A widget as the admin panel renders it for `name`, in `language`, as HTML. */
const render = async (Widget: Widget, name: string, language = 'en') => {
  const user = await demoUser(payload, name)
  const req = await createLocalReq({ user }, payload)
  // a copy: Payload caches one i18n object per language for every later request
  req.i18n = { ...req.i18n, language }
  const element = await Widget({ req, user, widgetSlug: 'test' } as unknown as WidgetServerProps)
  return element ? renderToStaticMarkup(element) : ''
}

const countsIn = (html: string) =>
  Object.fromEntries([...html.matchAll(/data-stage="([^"]+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]))

const stagesWhere = async (where: Where) => {
  const { docs } = await payload.find({
    collection: 'practices',
    where,
    draft: true,
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const counts: Record<string, number> = {}
  for (const doc of docs) {
    const stage = doc.workflow?.stage ?? 'draft'
    counts[stage] = (counts[stage] ?? 0) + 1
  }
  return counts
}

describe('the admin dashboard starts from each role’s work', () => {
  it('gives each role its widgets by default', async () => {
    const layoutOf = async (name: string) => {
      const user = await demoUser(payload, name)
      const req = await createLocalReq({ user: user as TypedUser }, payload)
      const layout = await (
        dashboardConfig.defaultLayout as (args: { req: typeof req }) => Promise<{ widgetSlug: string }[]>
      )({ req })
      return layout.map((w) => w.widgetSlug)
    }
    expect(await layoutOf('admin')).toEqual([
      'stage-counts',
      'content-overview',
      'coordinators',
      'service-gaps',
      'recent-activity',
      'collection-counts',
    ])
    expect(await layoutOf('editor')).toEqual([
      'stage-counts',
      'content-overview',
      'service-gaps',
      'collection-counts',
    ])
    expect(await layoutOf('validator.milano')).toEqual([
      'stage-counts',
      'coordinators',
      'service-gaps',
      'collection-counts',
    ])
    expect(await layoutOf('volunteer.milano')).toEqual(['stage-counts', 'collection-counts'])
  })

  it('a validator counts the practices of their subtree by stage, in their language, linked to the list', async () => {
    const validator = await demoUser(payload, 'validator.lombardia')
    const subtree = await getUnitSubtree({
      req: await createLocalReq({}, payload),
      unit: (validator as { unit?: unknown }).unit,
    })
    const html = await render(StageCounts, 'validator.lombardia', 'it')
    expect(countsIn(html)).toEqual(await stagesWhere({ unit: { in: subtree } }))
    expect(Object.keys(countsIn(html)).length).toBeGreaterThan(1)
    expect(html).toContain('Buone pratiche per stato')
    expect(html).toContain('Pubblicata')
    expect(html).toContain('/admin/collections/practices?where%5Bworkflow.stage%5D%5Bequals%5D=published')
  })

  it('an admin counts every practice; a volunteer only their own', async () => {
    expect(countsIn(await render(StageCounts, 'admin'))).toEqual(await stagesWhere({}))
    const volunteer = await demoUser(payload, 'volunteer.milano')
    expect(countsIn(await render(StageCounts, 'volunteer.milano'))).toEqual(
      await stagesWhere({ author: { equals: volunteer.id } }),
    )
  })

  it('a content manager sees FAQ and guide counts and the reported comments still visible', async () => {
    const practice = (
      await payload.find({
        collection: 'practices',
        where: { _status: { equals: 'published' } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]!
    const comment = await payload.create({
      collection: 'comments',
      data: { practice: practice.id, body: 'Bel lavoro, lo proveremo anche a Roma.' } as never,
      user: await demoUser(payload, 'volunteer.milano'),
      overrideAccess: false,
    })
    const reporter = await demoUser(payload, 'validator.roma')
    await payload.update({
      collection: 'comments',
      id: comment.id,
      data: {
        reports: [{ reporter: reporter.id, reason: 'spam', reportedAt: new Date().toISOString() }],
      } as never,
      overrideAccess: true,
    })
    const html = await render(ContentOverview, 'editor')
    const faq = await payload.count({ collection: 'faq' })
    expect(html).toContain(`data-count="faq">${faq.totalDocs}<`)
    expect(html).toContain(`/admin/collections/comments/${comment.id}`)
  })

  it('an admin sees recent decisions with labels and titles, not stored values and ids', async () => {
    const html = await render(RecentActivity, 'admin', 'it')
    expect(html).toContain('Attività recente')
    expect(html).not.toMatch(/>approve|>local_review|>published</)
    const { docs } = await payload.find({
      collection: 'workflow-events',
      sort: '-createdAt',
      limit: 1,
      depth: 0,
    })
    const latest = docs[0] as unknown as { itemCollection: string; document: string }
    // The latest decision may be on any collection under review: its title is the collection's own.
    const collection = latest.itemCollection as 'practices'
    const item = (await payload.findByID({
      collection,
      id: latest.document,
      draft: true,
      depth: 0,
    })) as unknown as Record<string, unknown>
    const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
    expect(html).toContain(`/admin/collections/${latest.itemCollection}/${latest.document}`)
    expect(html).toContain(String(item[titleField]).replace(/&/g, '&amp;').replace(/'/g, '&#x27;'))
  })

  it('the collection cards count what the caller may read', async () => {
    const volunteer = await demoUser(payload, 'volunteer.milano')
    const html = await render(CollectionCounts, 'volunteer.milano')
    const readable = await payload.count({
      collection: 'practices',
      overrideAccess: false,
      user: volunteer,
      where: { id: { exists: true } },
    })
    expect(html).toContain(`(${readable.totalDocs})`)
    expect(html).toContain('/admin/collections/practices')
    expect(html).not.toContain('/admin/collections/users"')
    const admin = await render(CollectionCounts, 'admin')
    expect(admin).toContain('/admin/collections/users')
  })

  it('nobody else reads the raw history through the widget', async () => {
    expect(await render(RecentActivity, 'validator.national')).toBe('')
  })
})
