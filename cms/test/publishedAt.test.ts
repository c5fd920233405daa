import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backfillPublishedAt } from '../src/collections/Practices/backfillPublishedAt'
import { lexicalRichText } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

type Id = number | string

let ctx: TestContext
let api: RestClient
let theme: Id

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

/** What is stored, read past access control: the live document, or the latest version. */
const stored = async (id: Id, { draft = false } = {}) =>
  (await ctx.payload.findByID({ collection: 'practices', id, draft, depth: 0 })) as {
    publishedAt?: null | string
    updatedAt: string
    _status?: string
  }

/** One workflow action at the item's current revision. */
const act = async (id: Id, action: string, as: string, extra: Record<string, unknown> = {}) => {
  const { revision } = (await api.get(`/practices/${id}/workflow`, { as })).body as { revision: number }
  const response = await api.post(
    `/practices/${id}/workflow`,
    withTestScores({ action, revision, ...extra }),
    { as },
  )
  expect(response.status, `${action} by ${as}: ${JSON.stringify(response.body)}`).toBe(200)
}

/** Submitted by Milano's volunteer, approved at the three levels. */
const approveThroughTheChain = async (id: Id) => {
  await act(id, 'submit', 'volunteer.milano')
  await act(id, 'approve', 'validator.milano')
  await act(id, 'approve', 'validator.lombardia')
  await act(id, 'approve', 'validator.national')
}

const draftOf = async (title: string, extra: Record<string, unknown> = {}) => {
  const created = await api.post(
    '/practices?draft=true',
    {
      title,
      summary: 'Pasti caldi consegnati a domicilio.',
      description: lexicalRichText(['Descrizione completa.']),
      themes: [theme],
      targetGroups: ['elderly'],
      ...extra,
    },
    { as: 'volunteer.milano' },
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id as Id
}

const revise = async (id: Id, title: string) => {
  const response = await api.patch(`/practices/${id}?draft=true`, { title }, { as: 'volunteer.milano' })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

describe('publishedAt: set by the CMS when a practice is first published, kept afterwards', () => {
  it('is empty until the final approval, then the moment of it, for anonymous readers too', async () => {
    const id = await draftOf('Pasti a domicilio')
    await act(id, 'submit', 'volunteer.milano')
    await act(id, 'approve', 'validator.milano')
    await act(id, 'approve', 'validator.lombardia')
    expect((await stored(id, { draft: true })).publishedAt ?? null).toBeNull()
    const before = Date.now()
    await act(id, 'approve', 'validator.national')
    const after = Date.now()
    const publishedAt = (await stored(id)).publishedAt
    expect(Date.parse(String(publishedAt))).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(String(publishedAt))).toBeLessThanOrEqual(after + 1000)
    const anonymous = await api.get(`/practices/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.publishedAt).toBe(publishedAt)
  })

  it('a revision approved later, archiving and a republication keep the first date', async () => {
    const id = await draftOf('Spesa sospesa')
    await approveThroughTheChain(id)
    const first = (await stored(id)).publishedAt
    expect(first).toBeTruthy()

    await revise(id, 'Spesa sospesa, seconda edizione')
    expect((await stored(id, { draft: true })).publishedAt).toBe(first)
    await new Promise((resolve) => setTimeout(resolve, 20))
    await approveThroughTheChain(id)
    expect(await stored(id)).toMatchObject({ _status: 'published', publishedAt: first })

    await act(id, 'archive', 'validator.national', { comment: 'Conclusa' })
    expect(await stored(id)).toMatchObject({ _status: 'draft', publishedAt: first })
    await act(id, 'override', 'admin', { to: 'published', comment: 'Ripresa' })
    expect(await stored(id)).toMatchObject({ _status: 'published', publishedAt: first })
  })

  it('no request sets or changes it: not the author creating a practice, not an administrator’s PATCH', async () => {
    const created = await draftOf('Datata da sola', { publishedAt: '2001-01-01T00:00:00.000Z' })
    expect((await stored(created, { draft: true })).publishedAt ?? null).toBeNull()
    const fromAdmin = await api.patch(
      `/practices/${created}?draft=true`,
      { publishedAt: '2001-01-01T00:00:00.000Z' },
      { as: 'admin' },
    )
    expect(fromAdmin.status, JSON.stringify(fromAdmin.body)).toBe(200)
    expect((await stored(created, { draft: true })).publishedAt ?? null).toBeNull()

    const id = await draftOf('Datata due volte')
    await approveThroughTheChain(id)
    const first = (await stored(id)).publishedAt
    for (const as of ['admin', 'volunteer.milano']) {
      const response = await api.patch(
        `/practices/${id}?draft=true`,
        { publishedAt: '2001-01-01T00:00:00.000Z', title: `Datata da ${as}` },
        { as },
      )
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect((await stored(id, { draft: true })).publishedAt).toBe(first)
    }
    await approveThroughTheChain(id)
    expect((await stored(id)).publishedAt).toBe(first)
  })

  it('the demo data has first-publication dates in the past, different from one practice to the next', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      limit: 0,
      pagination: false,
      depth: 0,
      select: { publishedAt: true },
    })
    const dates = docs.map((doc) => Date.parse(String(doc.publishedAt)))
    expect(dates.length).toBeGreaterThan(20)
    for (const date of dates) expect(date).toBeLessThan(Date.now())
    expect(new Set(dates).size).toBeGreaterThan(dates.length / 2)
  })
})

describe('backfillPublishedAt (the migration that dates practices published before publishedAt existed)', () => {
  it('dates each published practice by its first publishing event, else its stage date; updatedAt stays', async () => {
    const viaWorkflow = await draftOf('Pedibus')
    await approveThroughTheChain(viaWorkflow)
    const first = (await stored(viaWorkflow)).publishedAt
    await revise(viaWorkflow, 'Pedibus, nuovo percorso')
    await approveThroughTheChain(viaWorkflow)
    const seeded = (
      await ctx.payload.find({
        collection: 'practices',
        where: { _status: { equals: 'published' } },
        sort: 'createdAt',
        limit: 1,
        depth: 0,
      })
    ).docs[0]!
    expect(seeded.id).not.toBe(viaWorkflow)
    // Published before the workflow kept a history (the demo data now has one): no events.
    await ctx.payload.db.deleteMany({
      collection: 'workflow-events',
      where: {
        and: [{ itemCollection: { equals: 'practices' } }, { document: { equals: String(seeded.id) } }],
      },
    })
    const { docs: events } = await ctx.payload.find({
      collection: 'workflow-events',
      where: {
        itemCollection: { equals: 'practices' },
        document: { equals: String(viaWorkflow) },
        to: { equals: 'published' },
      },
      sort: 'createdAt',
      depth: 0,
    })
    expect(events).toHaveLength(2)

    const before = { viaWorkflow: await stored(viaWorkflow), seeded: await stored(seeded.id) }
    for (const id of [viaWorkflow, seeded.id]) {
      await ctx.payload.db.updateOne({
        collection: 'practices',
        id,
        data: { publishedAt: null, updatedAt: null },
        returning: false,
      })
      expect((await stored(id)).publishedAt ?? null).toBeNull()
    }

    expect(await backfillPublishedAt({ payload: ctx.payload })).toBe(2)
    expect(await stored(viaWorkflow)).toMatchObject({
      publishedAt: events[0]!.createdAt,
      updatedAt: before.viaWorkflow.updatedAt,
    })
    expect(Date.parse(events[0]!.createdAt)).toBeLessThanOrEqual(Date.parse(String(first)))
    expect(await stored(seeded.id)).toMatchObject({
      publishedAt: seeded.workflow?.stageEnteredAt,
      updatedAt: before.seeded.updatedAt,
    })
    expect(await backfillPublishedAt({ payload: ctx.payload })).toBe(0)
  })
})
