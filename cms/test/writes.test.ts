import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser, unitId } from './helpers/demoUsers'
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

const practiceCount = () => ctx.payload.count({ collection: 'practices' }).then((r) => r.totalDocs)

/** The field paths a Payload validation error names. */
const errorPaths = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((e: any) => e.path))

describe('SECURITY.md §3 No privilege through writes: practices', () => {
  it('a volunteer’s draft takes their own unit and authorship, whatever the body says', async () => {
    const roma = await unitId(ctx.payload, 'LAZ-RM')
    const admin = await demoUser(ctx.payload, 'admin')
    const volunteer = await demoUser(ctx.payload, 'volunteer.milano')
    const response = await api.post(
      '/practices?draft=true',
      {
        title: 'Merenda solidale',
        unit: roma,
        author: admin.id,
        likeCount: 999,
        commentCount: 42,
        _status: 'draft',
      },
      { as: 'volunteer.milano' },
    )
    expect(response.status).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'practices',
      id: response.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(String(stored.unit)).toBe(String(volunteer.unit))
    expect(String(stored.author)).toBe(String(volunteer.id))
    expect(stored.likeCount).toBe(0)
    expect(stored.commentCount).toBe(0)
    expect(stored._status).toBe('draft')
  })

  it('nobody publishes directly, administrators included; nothing is stored', async () => {
    const before = await practiceCount()
    const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!
    for (const as of ['volunteer.milano', 'validator.national', 'editor', 'admin']) {
      const response = await api.post(
        '/practices',
        {
          title: 'Pubblicata da sola',
          summary: 'x',
          themes: [theme.id],
          targetGroups: ['youth'],
          _status: 'published',
        },
        { as },
      )
      expect(response.status, as).toBe(403)
      expect(response.body.errors[0].message).toMatch(/published only by the final approval/)
    }
    expect(await practiceCount()).toBe(before)
  })

  it('a volunteer cannot move their practice to another unit or edit someone else’s', async () => {
    const created = await api.post(
      '/practices?draft=true',
      { title: 'Da spostare' },
      { as: 'volunteer.milano' },
    )
    const roma = await unitId(ctx.payload, 'LAZ-RM')
    const moved = await api.patch(
      `/practices/${created.body.doc.id}?draft=true`,
      { unit: roma, title: 'Nuovo titolo' },
      { as: 'volunteer.milano' },
    )
    expect(moved.status).toBe(200)
    const stored = await ctx.payload.findByID({
      collection: 'practices',
      id: created.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(String(stored.unit)).not.toBe(String(roma))
    expect(stored.title).toBe('Nuovo titolo')

    const other = await api.patch(
      `/practices/${created.body.doc.id}?draft=true`,
      { title: 'Rubata' },
      { as: 'volunteer.roma' },
    )
    expect([403, 404]).toContain(other.status)
    const again = await ctx.payload.findByID({
      collection: 'practices',
      id: created.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(again.title).toBe('Nuovo titolo')

    const deleted = await api.del(`/practices/${created.body.doc.id}`, { as: 'volunteer.milano' })
    expect([403, 404]).toContain(deleted.status)
  })

  it('bulk updates by a member touch only their own practices', async () => {
    const before = await ctx.payload.find({
      collection: 'practices',
      limit: 0,
      depth: 0,
      where: { _status: { equals: 'published' } },
    })
    const response = await api.patch(
      '/practices?where[id][exists]=true',
      { title: 'Hijacked' },
      { as: 'volunteer.roma' },
    )
    expect(response.status).toBeLessThan(500)
    const after = await ctx.payload.find({
      collection: 'practices',
      limit: 0,
      depth: 0,
      where: { title: { equals: 'Hijacked' } },
    })
    const roma = await demoUser(ctx.payload, 'volunteer.roma')
    for (const doc of after.docs) expect(String(doc.author)).toBe(String(roma.id))
    expect(before.totalDocs).toBeGreaterThan(after.totalDocs)
  })
})

describe('SECURITY.md §3 No privilege through writes: accounts', () => {
  it('users cannot change their own roles, unit or e-mail', async () => {
    const volunteer = await demoUser(ctx.payload, 'volunteer.milano')
    const roma = await unitId(ctx.payload, 'LAZ-RM')
    const response = await api.patch(
      `/users/${volunteer.id}`,
      { roles: ['admin'], unit: roma, email: 'evil@example.org', displayName: 'Sara G.' },
      { as: 'volunteer.milano' },
    )
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'users', id: volunteer.id, depth: 0 })
    expect(stored.roles).toEqual(['member'])
    expect(String(stored.unit)).toBe(String(volunteer.unit))
    expect(stored.email).toBe('volunteer.milano@redcloud.example.org')
    expect(stored.displayName).toBe('Sara G.')
  })

  it('members cannot edit or create other accounts, and first-register is closed once anyone exists', async () => {
    const other = await demoUser(ctx.payload, 'volunteer.roma')
    expect([403, 404]).toContain(
      (await api.patch(`/users/${other.id}`, { displayName: 'x' }, { as: 'volunteer.milano' })).status,
    )
    const before = (await ctx.payload.count({ collection: 'users' })).totalDocs
    const created = await api.post(
      '/users',
      { email: 'new@example.org', password: 'a-long-password-1', displayName: 'New', roles: ['admin'] },
      { as: 'validator.national' },
    )
    expect(created.status).toBe(403)
    const first = await api.post('/users/first-register', {
      email: 'first@example.org',
      password: 'a-long-password-1',
      displayName: 'First',
      roles: ['admin'],
    })
    expect(first.status).toBe(403)
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(before)
  })

  it('admins create accounts, with a real password policy', async () => {
    const milano = await unitId(ctx.payload, 'LOM-MI')
    const weak = await api.post(
      '/users',
      { email: 'weak@example.org', password: 'short1', displayName: 'Weak', unit: milano },
      { as: 'admin' },
    )
    expect(weak.status).toBe(400)
    expect(errorPaths(weak.body)).toContain('password')
    const ok = await api.post(
      '/users',
      {
        email: 'strong@example.org',
        password: 'correct horse battery 9',
        displayName: 'Strong',
        unit: milano,
        roles: ['validator'],
      },
      { as: 'admin' },
    )
    expect(ok.status).toBe(201)
    expect(ok.body.doc.roles).toEqual(['validator'])
  })
})

describe('SECURITY.md §4 Bad input gets a 400 naming the field, and nothing is stored', () => {
  const cases: { name: string; body: Record<string, unknown>; path: string }[] = [
    {
      name: 'unsafe link',
      body: { title: 'A', links: [{ label: 'x', url: 'javascript:alert(1)' }] },
      path: 'links.0.url',
    },
    {
      name: 'contact e-mail',
      body: { title: 'A', contact: { email: 'not-an-email' } },
      path: 'contact.email',
    },
    { name: 'contact phone', body: { title: 'A', contact: { phone: 'call me' } }, path: 'contact.phone' },
    {
      name: 'negative cost',
      body: { title: 'A', costs: { amount: -5, currency: 'EUR' } },
      path: 'costs.amount',
    },
    {
      name: 'cost without currency',
      body: { title: 'A', costs: { amount: 5, currency: null } },
      path: 'costs.currency',
    },
    { name: 'over-long title', body: { title: 'x'.repeat(161) }, path: 'title' },
    {
      name: 'wrong type',
      body: { title: 'A', resources: { volunteers: 'many' } },
      path: 'resources.volunteers',
    },
    {
      name: 'end before start',
      body: { title: 'A', activity: { startDate: '2025-05-01', endDate: '2025-01-01' } },
      path: 'activity.endDate',
    },
  ]
  for (const { name, body, path } of cases) {
    it(name, async () => {
      const before = await practiceCount()
      const response = await api.post('/practices?draft=true', body, { as: 'volunteer.milano' })
      expect(response.status).toBe(400)
      expect(errorPaths(response.body)).toContain(path)
      expect(await practiceCount()).toBe(before)
    })
  }
})

describe('the unit tree stays a tree', () => {
  it('a unit’s parent is exactly one level up; one national committee; no orphans', async () => {
    const milano = await unitId(ctx.payload, 'LOM-MI')
    const lombardia = await unitId(ctx.payload, 'LOM')
    const before = (await ctx.payload.count({ collection: 'units' })).totalDocs
    const bad: { body: Record<string, unknown>; path: string }[] = [
      { body: { name: 'X', code: 'X1', level: 'regional', parent: milano }, path: 'parent' },
      { body: { name: 'X', code: 'X2', level: 'local' }, path: 'parent' },
      { body: { name: 'X', code: 'X3', level: 'national' }, path: 'level' },
      { body: { name: 'X', code: 'X4', level: 'local', parent: 999999 }, path: 'parent' },
    ]
    for (const { body, path } of bad) {
      const response = await api.post('/units', body, { as: 'admin' })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(errorPaths(response.body)).toContain(path)
    }
    expect((await ctx.payload.count({ collection: 'units' })).totalDocs).toBe(before)

    const ok = await api.post(
      '/units',
      { name: 'Comitato di Monza', code: 'LOM-MB', level: 'local', parent: lombardia },
      { as: 'admin' },
    )
    expect(ok.status).toBe(201)
    const loop = await api.patch(`/units/${lombardia}`, { level: 'local', parent: milano }, { as: 'admin' })
    expect(loop.status).toBe(400)
    const orphaning = await api.del(`/units/${lombardia}`, { as: 'admin' })
    expect(orphaning.status).toBe(409)
    expect(orphaning.body.errors[0].message).toMatch(/units below it/)
    expect(
      (await ctx.payload.count({ collection: 'units', where: { code: { equals: 'LOM' } } })).totalDocs,
    ).toBe(1)
    expect(
      (
        await api.post(
          '/units',
          { name: 'X', code: 'X5', level: 'local', parent: lombardia },
          { as: 'validator.national' },
        )
      ).status,
    ).toBe(403)
  })
})
