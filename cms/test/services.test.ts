import { hostileInputCorpus } from '@redcloud/testing/hostileInputCorpus'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const body = (name = `Mensa ${Math.random().toString(36).slice(2, 8)}`) => ({
  name,
  description: 'Pasti caldi per chi ne ha bisogno.',
  schedule: 'Lunedì 12-14',
  status: 'active',
})
const propose = async (as: string, extra: Record<string, unknown> = {}) => {
  const response = await api.post('/services?draft=true', { ...body(), ...extra }, { as })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number | string
}
const stored = (id: number | string) =>
  ctx.payload.findByID({ collection: 'services', id, depth: 0, draft: true, overrideAccess: true })
const act = (id: number | string, action: string, revision: number, as: string) =>
  api.post(`/services/${id}/workflow`, { action, revision }, { as })

describe('services: proposed in the own unit, confirmed in one step', () => {
  it('a member proposes for their own unit whatever unit the body names; the proposer is recorded', async () => {
    const id = await propose('volunteer.milano', { unit: await unitId(ctx.payload, 'SIC-PA') })
    const doc = await stored(id)
    expect(String(doc.unit)).toBe(String(await unitId(ctx.payload, 'LOM-MI')))
    expect(doc.proposedBy).not.toBeNull()
    expect(doc._status).toBe('draft')
  })

  it('submitted by the member, confirmed by a validator of the area, then public; never before', async () => {
    const id = await propose('volunteer.milano')
    expect((await api.get(`/services/${id}`)).status).toBe(404)
    expect((await act(id, 'submit', 0, 'volunteer.milano')).body).toMatchObject({ stage: 'confirmation' })
    // Outside the area: Rome's validator cannot confirm a Milan service.
    expect([403, 404]).toContain((await act(id, 'approve', 1, 'validator.roma')).status)
    expect((await api.get(`/services/${id}`)).status).toBe(404)
    const confirmed = await act(id, 'approve', 1, 'validator.lombardia')
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    expect(confirmed.body).toMatchObject({ stage: 'published' })
    const anonymous = await api.get(`/services/${id}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.proposedBy).toBeUndefined()
    // A member's edit is a draft again: the confirmed text stays live until the next confirmation.
    await api.patch(`/services/${id}?draft=true`, { name: 'Cambiato' }, { as: 'volunteer.milano' })
    expect((await api.get(`/services/${id}?depth=0`)).body.name).not.toBe('Cambiato')
  })

  it('a validator never confirms what they proposed', async () => {
    const id = await propose('validator.milano')
    await act(id, 'submit', 0, 'validator.milano')
    expect((await act(id, 'approve', 1, 'validator.milano')).status).toBe(403)
    expect((await stored(id))._status).toBe('draft')
  })

  it("a member of another unit neither reads nor edits a unit's unconfirmed service", async () => {
    const id = await propose('volunteer.milano')
    expect((await api.get(`/services/${id}`, { as: 'volunteer.roma' })).status).toBe(404)
    const response = await api.patch(
      `/services/${id}?draft=true`,
      { name: 'Preso' },
      { as: 'volunteer.roma' },
    )
    expect([403, 404]).toContain(response.status)
    expect((await stored(id)).name).not.toBe('Preso')
  })

  it('lists only confirmed services to anonymous callers', async () => {
    const { body: list } = await api.get('/services?limit=0&depth=0')
    expect(list.docs.length).toBeGreaterThan(0)
    for (const doc of list.docs) {
      expect(doc._status).toBe('published')
      expect(doc.proposedBy).toBeUndefined()
    }
  })
})

describe('SECURITY.md §8 Personal data: a service contact is never a person', () => {
  it("refuses a person's e-mail as the public contact, naming the field", async () => {
    const response = await api.post(
      '/services?draft=true',
      { ...body(), contact: { email: demoEmail('volunteer.roma') } },
      { as: 'volunteer.milano' },
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('contact.email')
  })

  it("accepts the unit's own public address", async () => {
    const unit = await ctx.payload.findByID({
      collection: 'units',
      id: await unitId(ctx.payload, 'LOM-MI'),
      depth: 0,
    })
    expect(unit.contact?.email).toBeTruthy()
    await propose('volunteer.milano', { contact: { email: unit.contact?.email, phone: '+39 02 1234 5678' } })
  })

  it('needs both coordinates or neither, naming the missing one', async () => {
    const response = await api.post(
      '/services?draft=true',
      { ...body(), location: { lat: 45.4 } },
      { as: 'volunteer.milano' },
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('location.lng')
  })
})

describe('SECURITY.md §3 Hostile input: services', () => {
  it('stores hostile text as text and never answers 5xx', async () => {
    for (const text of hostileInputCorpus) {
      const response = await api.post(
        '/services?draft=true',
        {
          ...body(text.slice(0, 120)),
          description: text,
          schedule: text.slice(0, 240),
          address: text.slice(0, 240),
        },
        { as: 'volunteer.milano' },
      )
      expect(response.status, text).toBeLessThan(500)
    }
    for (const bad of [
      { status: 'open' },
      { targetGroups: ['aliens'] },
      { location: { lat: 200, lng: 0 } },
      { themes: ['x'] },
    ]) {
      const response = await api.post(
        '/services?draft=true',
        { ...body(), ...bad },
        { as: 'volunteer.milano' },
      )
      expect(response.status, JSON.stringify(bad)).toBe(400)
    }
  })
})
