import type { Measurement, Practice } from '@redcloud/cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const errorPaths = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((e: any) => e.path))

/** A practice of `code` in `status` with at least one keyed indicator row. */
const practiceOf = async (code: string, status: 'draft' | 'published' = 'published') => {
  const { docs } = await ctx.payload.find({
    collection: 'practices',
    where: { and: [{ _status: { equals: status } }, { unit: { equals: await unitId(ctx.payload, code) } }] },
    limit: 0,
    depth: 0,
  })
  const practice = docs.find((doc) => (doc.qualityIndicators ?? []).some((row) => row.key)) as Practice
  expect(practice, `a ${status} practice of ${code} with indicators`).toBeDefined()
  return { id: practice.id, key: practice.qualityIndicators!.find((row) => row.key)!.key!, practice }
}

const stored = (id: number | string) =>
  ctx.payload.findByID({ collection: 'measurements', id, depth: 0, draft: true }) as Promise<Measurement>

/** One workflow transition through REST at the measurement's current revision (or `revision`). */
const act = async (id: number | string, action: string, as: string, revision?: number) =>
  api.post(
    `/measurements/${id}/workflow`,
    { action, revision: revision ?? (await stored(id)).workflow?.revision ?? 0 },
    { as },
  )

describe('SECURITY.md §3 No privilege through writes: measurements', () => {
  it('a member of the unit adds one to a published practice; unit and author come from the server', async () => {
    const { id, key, practice } = await practiceOf('LOM-MI')
    const intruder = await demoUser(ctx.payload, 'admin')
    const response = await api.post(
      '/measurements',
      {
        practice: id,
        indicatorKey: key,
        date: '2026-09-30',
        value: 120,
        source: 'Registro presenze',
        unit: await unitId(ctx.payload, 'LAZ-RM'),
        author: intruder.id,
        _status: 'draft',
      },
      { as: 'validator.milano' },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const doc = await stored(response.body.doc.id)
    const me = await demoUser(ctx.payload, 'validator.milano')
    expect(String(doc.unit)).toBe(String(practice.unit))
    expect(String(doc.author)).toBe(String(me.id))
    expect(doc._status).toBe('draft')
    expect(doc.workflow?.stage).toBe('draft')
  })

  it('refuses a practice that is not published (400 naming practice) and anyone outside its unit (403)', async () => {
    const draft = await practiceOf('LOM-MI', 'draft')
    const before = (await ctx.payload.count({ collection: 'measurements' })).totalDocs
    const unpublished = await api.post(
      '/measurements',
      { practice: draft.id, indicatorKey: draft.key, date: '2026-09-30', value: 1 },
      { as: 'volunteer.milano' },
    )
    expect(unpublished.status).toBe(400)
    expect(errorPaths(unpublished.body)).toEqual(['practice'])
    const { id, key } = await practiceOf('LOM-MI')
    const outsider = await api.post(
      '/measurements',
      { practice: id, indicatorKey: key, date: '2026-09-30', value: 1 },
      { as: 'volunteer.roma' },
    )
    expect(outsider.status).toBe(403)
    expect(JSON.stringify(outsider.body)).toMatch(/practice/)
    const stranger = await api.post(
      '/measurements',
      { practice: id, indicatorKey: 'not-a-row-of-this-practice', date: '2026-09-30', value: 1 },
      { as: 'volunteer.milano' },
    )
    expect(stranger.status).toBe(400)
    expect(errorPaths(stranger.body)).toEqual(['indicatorKey'])
    const roma = await practiceOf('LAZ-RM')
    const otherKey = await api.post(
      '/measurements',
      { practice: id, indicatorKey: roma.key, date: '2026-09-30', value: 1 },
      { as: 'volunteer.milano' },
    )
    expect(otherKey.status).toBe(400)
    expect(errorPaths(otherKey.body)).toEqual(['indicatorKey'])
    const published = await api.post(
      '/measurements',
      { practice: id, indicatorKey: key, date: '2026-09-30', value: 1, _status: 'published' },
      { as: 'volunteer.milano' },
    )
    expect(published.status).toBe(403)
    expect((await ctx.payload.count({ collection: 'measurements' })).totalDocs).toBe(before)
  })
})

describe('Measurements: a one-step confirmation by a validator whose subtree holds the unit', () => {
  it('submit → confirm publishes; a validator outside the subtree gets 403; a stale revision 409', async () => {
    const { id, key } = await practiceOf('LOM-MI')
    const created = await api.post(
      '/measurements',
      { practice: id, indicatorKey: key, date: '2026-10-31', value: 321, source: 'Conteggio mensile' },
      { as: 'volunteer.milano' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const measurement = created.body.doc.id
    const publicList = async () =>
      (await api.get(`/measurements?limit=0&depth=0&where[practice][equals]=${id}`)).body.docs.map(
        (doc: Measurement) => String(doc.id),
      )
    expect(await publicList()).not.toContain(String(measurement))

    expect((await act(measurement, 'submit', 'volunteer.milano')).status).toBe(200)
    expect((await stored(measurement)).workflow?.stage).toBe('confirmation')
    // waiting for validator.milano (queue), not for a validator of another region
    const queue = await api.get('/workflow/queue', { as: 'validator.milano' })
    expect(queue.body.items.map((item: { id: unknown }) => String(item.id))).toContain(String(measurement))
    const elsewhere = await api.get('/workflow/queue', { as: 'validator.lazio' })
    expect(elsewhere.body.items.map((item: { id: unknown }) => String(item.id))).not.toContain(
      String(measurement),
    )
    // Lazio cannot even see a Lombard measurement: 404, as for practices; a member of the unit
    // who does see it may not confirm it: 403.
    expect((await act(measurement, 'approve', 'validator.lazio')).status).toBe(404)
    expect((await act(measurement, 'approve', 'volunteer.milano')).status).toBe(403)
    const revision = (await stored(measurement)).workflow?.revision ?? 0
    expect((await act(measurement, 'approve', 'validator.milano', revision - 1)).status).toBe(409)
    expect(await publicList()).not.toContain(String(measurement))

    const confirmed = await act(measurement, 'approve', 'validator.lombardia')
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    const doc = await stored(measurement)
    expect(doc._status).toBe('published')
    expect(doc.workflow?.stage).toBe('published')
    expect(await publicList()).toContain(String(measurement))
  })
})

describe('SECURITY.md §1 Authorization matrix: who reads which measurements', () => {
  it('anonymous callers read confirmed measurements of published practices only, never their author', async () => {
    const { id, key } = await practiceOf('LOM-MI')
    const user = await demoUser(ctx.payload, 'volunteer.milano')
    const draft = await ctx.payload.create({
      collection: 'measurements',
      data: { practice: id, indicatorKey: key, date: '2026-11-30', value: 5 },
      user,
      overrideAccess: false,
    })
    const rest = await api.get('/measurements?limit=0&depth=1')
    expect(rest.status).toBe(200)
    expect(rest.body.docs.length).toBeGreaterThan(0)
    for (const doc of rest.body.docs) {
      expect(doc._status).toBe('published')
      expect(doc).not.toHaveProperty('author')
      const practice = doc.practice as { _status?: string } | number
      if (typeof practice === 'object') expect(practice._status).toBe('published')
    }
    expect(rest.body.docs.map((doc: Measurement) => String(doc.id))).not.toContain(String(draft.id))
    expect((await api.get(`/measurements/${draft.id}`)).status).toBe(404)
    expect((await api.get(`/measurements/${draft.id}?draft=true`)).status).toBe(404)
    expect((await api.get(`/measurements/versions?limit=5`)).status).toBe(403)
    const gql = await api.graphql('{ Measurements(limit: 100) { docs { id _status } } }')
    expect(gql.body.errors, JSON.stringify(gql.body.errors)).toBeUndefined()
    const gqlDocs = gql.body.data.Measurements.docs as { id: unknown; _status: string }[]
    expect(gqlDocs.every((doc) => doc._status === 'published')).toBe(true)
    expect(gqlDocs.map((doc) => String(doc.id))).not.toContain(String(draft.id))
    const authorQuery = await api.graphql('{ Measurements(limit: 5) { docs { id author { id } } } }')
    for (const doc of authorQuery.body.data?.Measurements?.docs ?? []) expect(doc.author ?? null).toBeNull()
    const byAuthor = await api.get(`/measurements?where[author][equals]=${user.id}&limit=0`)
    expect(byAuthor.body.docs?.length ?? 0).toBe(0)
    // the member and the validators of the unit see the draft; a member elsewhere does not
    for (const as of ['volunteer.milano', 'validator.milano', 'validator.lombardia', 'validator.national']) {
      const seen = await api.get(`/measurements/${draft.id}?depth=0`, { as })
      expect(seen.status, as).toBe(200)
    }
    // versions (unconfirmed values): the unit's people and validators in scope, nobody else
    const versionsOf = async (as: string) =>
      (await api.get(`/measurements/versions?limit=0&depth=0&where[parent][equals]=${draft.id}`, { as })).body
        .docs ?? []
    expect((await versionsOf('volunteer.milano')).length).toBeGreaterThan(0)
    expect((await versionsOf('validator.lombardia')).length).toBeGreaterThan(0)
    expect(await versionsOf('volunteer.roma')).toEqual([])
    expect(await versionsOf('validator.lazio')).toEqual([])
    expect((await api.get(`/measurements/${draft.id}`, { as: 'volunteer.roma' })).status).toBe(404)
    expect((await api.get(`/measurements/${draft.id}`, { as: 'validator.lazio' })).status).toBe(404)
  })

  it('a confirmed measurement leaves the public when its practice does', async () => {
    const { id, key } = await practiceOf('LOM-MI')
    const measurement = await ctx.payload.create({
      collection: 'measurements',
      data: { practice: id, indicatorKey: key, date: '2026-12-01', value: 8, _status: 'published' },
    })
    const visible = async () =>
      (await api.get('/measurements?limit=0&depth=0')).body.docs.map((doc: Measurement) => String(doc.id))
    expect(await visible()).toContain(String(measurement.id))
    await ctx.payload.db.updateOne({
      collection: 'practices',
      id,
      data: { _status: 'draft' },
      returning: false,
    })
    try {
      expect(await visible()).not.toContain(String(measurement.id))
      expect((await api.get(`/measurements/${measurement.id}`)).status).toBe(404)
      // signed-in members of another unit do not see it either
      const roma = await api.get('/measurements?limit=0&depth=0', { as: 'volunteer.roma' })
      expect(roma.body.docs.map((doc: Measurement) => String(doc.id))).not.toContain(String(measurement.id))
    } finally {
      await ctx.payload.db.updateOne({
        collection: 'practices',
        id,
        data: { _status: 'published' },
        returning: false,
      })
    }
  })
})
