import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

type Id = number | string

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const LOCKS = '/payload-locked-documents'
const lock = (practice: Id, user: Id) => ({
  document: { relationTo: 'practices', value: practice },
  user: { relationTo: 'users', value: user },
})
const storedLocks = async (practice: Id) =>
  (
    await ctx.payload.count({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: practice } },
    })
  ).totalDocs
const milanoDraft = async () =>
  (await api.post('/practices?draft=true', { title: 'Bozza bloccata' }, { as: 'volunteer.milano' })).body.doc
    .id as Id

describe('SECURITY.md §3 No privilege through writes: document locks name their owner, on what they may edit', () => {
  it('nobody forges a lock naming someone else, so the author’s saves never fail with 423', async () => {
    const practice = await milanoDraft()
    const national = await demoUser(ctx.payload, 'validator.national')
    for (const as of ['volunteer.roma', 'volunteer.milano', 'validator.national']) {
      const owner = as === 'validator.national' ? await demoUser(ctx.payload, 'volunteer.roma') : national
      const forged = await api.post(LOCKS, lock(practice, owner.id), { as })
      expect(forged.status, as).toBe(403)
      expect(forged.body.errors[0].message).toMatch(/user/)
    }
    expect(await storedLocks(practice)).toBe(0)
    const save = await api.patch(
      `/practices/${practice}?draft=true`,
      { title: 'Salvata' },
      { as: 'volunteer.milano' },
    )
    expect(save.status).toBe(200)
  })

  it('a lock is only on an existing document the caller may edit: otherwise 400 naming the field, never 500', async () => {
    const practice = await milanoDraft()
    const roma = await demoUser(ctx.payload, 'volunteer.roma')
    const foreign = await api.post(LOCKS, lock(practice, roma.id), { as: 'volunteer.roma' })
    expect(foreign.status).toBe(400)
    expect(foreign.body.errors[0].data.errors[0].path).toBe('document')
    for (const missing of [987654, 'nessuno']) {
      const response = await api.post(LOCKS, lock(missing, roma.id), { as: 'volunteer.roma' })
      expect(response.status, String(missing)).toBe(400)
    }
    expect(await storedLocks(practice)).toBe(0)
    expect((await ctx.payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
  })

  it('the owner locks their own draft; others can neither take that lock over nor remove it', async () => {
    const practice = await milanoDraft()
    const milano = await demoUser(ctx.payload, 'volunteer.milano')
    const roma = await demoUser(ctx.payload, 'volunteer.roma')
    const own = await api.post(LOCKS, lock(practice, milano.id), { as: 'volunteer.milano' })
    expect(own.status, JSON.stringify(own.body)).toBe(201)
    const id = own.body.doc.id as Id
    const takeOver = await api.patch(
      `${LOCKS}/${id}`,
      { user: { relationTo: 'users', value: roma.id } },
      {
        as: 'volunteer.roma',
      },
    )
    expect(takeOver.status).toBe(400)
    expect((await api.del(`${LOCKS}/${id}`, { as: 'volunteer.roma' })).status).toBe(403)
    const stored = await ctx.payload.findByID({ collection: 'payload-locked-documents', id, depth: 0 })
    expect(String((stored.user as { value: unknown }).value)).toBe(String(milano.id))
    expect((await api.del(`${LOCKS}/${id}`, { as: 'volunteer.milano' })).status).toBe(200)
    expect(await storedLocks(practice)).toBe(0)
  })
})
