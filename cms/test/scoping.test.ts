import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient
/** Every practice as the database holds it: id, unit code and status. */
let all: { id: number | string; unit: string; status: string; author: number | string | null }[]

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const units = await ctx.payload.find({ collection: 'units', limit: 0, pagination: false, depth: 0 })
  const codeOf = new Map(units.docs.map((unit) => [String(unit.id), unit.code]))
  const practices = await ctx.payload.find({ collection: 'practices', limit: 0, pagination: false, depth: 0 })
  all = practices.docs.map((doc) => ({
    id: doc.id,
    unit: codeOf.get(String(doc.unit)) ?? '',
    status: doc._status ?? 'draft',
    author: (doc.author as number | null) ?? null,
  }))
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const idsOf = (docs: { id: number | string }[]) => docs.map((doc) => String(doc.id)).sort()
const expected = (visible: (p: (typeof all)[number]) => boolean) => idsOf(all.filter(visible))

/** Which practices each account must see in lists: published ones plus its scope. */
const cases: { as?: string; scope: (unit: string) => boolean }[] = [
  { as: undefined, scope: () => false },
  { as: 'volunteer.milano', scope: (unit) => unit === 'LOM-MI' },
  { as: 'volunteer.roma', scope: (unit) => unit === 'LAZ-RM' },
  { as: 'validator.milano', scope: (unit) => unit === 'LOM-MI' },
  { as: 'validator.roma', scope: (unit) => unit === 'LAZ-RM' },
  { as: 'validator.lombardia', scope: (unit) => unit === 'LOM' || unit.startsWith('LOM-') },
  { as: 'validator.lazio', scope: (unit) => unit === 'LAZ' || unit.startsWith('LAZ-') },
  { as: 'validator.national', scope: () => true },
  { as: 'editor', scope: () => true },
  { as: 'admin', scope: () => true },
]

describe('practice lists filter themselves to the caller’s scope', () => {
  it('the demo data has unpublished practices in Milano, Roma and elsewhere', () => {
    const unpublished = all.filter((p) => p.status !== 'published')
    expect(unpublished.some((p) => p.unit === 'LOM-MI')).toBe(true)
    expect(unpublished.some((p) => p.unit === 'LAZ-RM')).toBe(true)
    expect(unpublished.some((p) => !p.unit.startsWith('LOM') && !p.unit.startsWith('LAZ'))).toBe(true)
  })

  for (const { as, scope } of cases) {
    it(`${as ?? 'anonymous'} over REST, also with ?draft=true`, async () => {
      const want = expected((p) => p.status === 'published' || scope(p.unit))
      for (const query of ['', '&draft=true']) {
        const response = await api.get(`/practices?limit=0&depth=0${query}`, { as })
        expect(response.status).toBe(200)
        expect(idsOf(response.body.docs)).toEqual(want)
      }
    })
  }

  it('the Local API with overrideAccess: false applies the same scope', async () => {
    const user = await demoUser(ctx.payload, 'validator.milano')
    const found = await ctx.payload.find({
      collection: 'practices',
      user,
      overrideAccess: false,
      limit: 0,
      depth: 0,
      draft: true,
    })
    expect(idsOf(found.docs)).toEqual(expected((p) => p.status === 'published' || p.unit === 'LOM-MI'))
  })

  it('an unpublished practice outside the caller’s scope answers 404, inside it 200', async () => {
    const romaDraft = all.find((p) => p.unit === 'LAZ-RM' && p.status !== 'published')
    expect(romaDraft).toBeDefined()
    expect((await api.get(`/practices/${romaDraft!.id}`)).status).toBe(404)
    expect((await api.get(`/practices/${romaDraft!.id}?draft=true`, { as: 'volunteer.milano' })).status).toBe(
      404,
    )
    expect((await api.get(`/practices/${romaDraft!.id}`, { as: 'validator.lombardia' })).status).toBe(404)
    expect((await api.get(`/practices/${romaDraft!.id}`, { as: 'validator.lazio' })).status).toBe(200)
    expect((await api.get(`/practices/${romaDraft!.id}`, { as: 'volunteer.roma' })).status).toBe(200)
  })

  it('versions are readable only in scope, never anonymously', async () => {
    expect((await api.get('/practices/versions')).status).toBe(403)
    const mine = await api.get('/practices/versions?limit=0&depth=0', { as: 'volunteer.milano' })
    expect(mine.status).toBe(200)
    const milano = await unitId(ctx.payload, 'LOM-MI')
    const volunteer = await demoUser(ctx.payload, 'volunteer.milano')
    for (const version of mine.body.docs) {
      const ok =
        String(version.version.unit) === String(milano) ||
        String(version.version.author) === String(volunteer.id)
      expect(ok).toBe(true)
    }
    const all = await api.get('/practices/versions?limit=0&depth=0', { as: 'admin' })
    expect(all.body.totalDocs).toBeGreaterThan(mine.body.totalDocs)
  })
})
