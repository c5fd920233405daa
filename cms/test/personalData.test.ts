import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient
let consenting: { id: number | string; email: string }
let private_: { id: number | string; email: string }

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
  const published = await ctx.payload.find({
    collection: 'practices',
    where: { _status: { equals: 'published' } },
    limit: 0,
    depth: 0,
  })
  const withConsent = published.docs.find((doc) => doc.contact?.consent && doc.contact.email)
  const torino = await ctx.payload.find({
    collection: 'units',
    where: { code: { equals: 'PIE-TO' } },
    depth: 0,
  })
  const withoutConsent = published.docs.find(
    (doc) => !doc.contact?.consent && doc.contact?.email && String(doc.unit) !== String(torino.docs[0]?.id),
  )
  if (!withConsent || !withoutConsent)
    throw new Error('The demo data needs practices with and without consent.')
  consenting = { id: withConsent.id, email: withConsent.contact!.email! }
  private_ = { id: withoutConsent.id, email: withoutConsent.contact!.email! }
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('SECURITY.md §8 Personal data: contact details of a practice', () => {
  it('anonymous callers get them only with consent, in lists and by ID', async () => {
    const list = await api.get('/practices?limit=0&depth=0')
    expect(list.status).toBe(200)
    for (const doc of list.body.docs) {
      if (doc.contact?.consent) continue
      expect(doc.contact?.email, `practice ${doc.id}`).toBeUndefined()
      expect(doc.contact?.phone).toBeUndefined()
      expect(doc.contact?.name).toBeUndefined()
    }
    expect((await api.get(`/practices/${consenting.id}`)).body.contact.email).toBe(consenting.email)
    const hidden = await api.get(`/practices/${private_.id}`)
    expect(hidden.body.contact.email).toBeUndefined()
    expect(JSON.stringify(hidden.body)).not.toContain(private_.email)
  })

  it('members of another unit do not get them either; the unit’s own people and admins do', async () => {
    const outsider = (await api.get(`/practices/${private_.id}`, { as: 'volunteer.torino' })).body
    expect(outsider.contact.email).toBeUndefined()
    expect((await api.get(`/practices/${private_.id}`, { as: 'admin' })).body.contact.email).toBe(
      private_.email,
    )
    expect(
      (await api.get(`/practices/${private_.id}`, { as: 'validator.national' })).body.contact.email,
    ).toBe(private_.email)
  })

  it('cannot be probed through where or sort', async () => {
    const probes = [
      `/practices?where[contact.email][like]=${encodeURIComponent(private_.email.slice(0, 3))}`,
      `/practices?where[contact.phone][exists]=true`,
      `/practices?where[or][0][contact.name][exists]=true`,
      `/practices?sort=contact.email`,
      `/practices?sort=-contact.phone`,
    ]
    for (const probe of probes) {
      const response = await api.get(probe)
      expect(response.status, probe).toBeGreaterThanOrEqual(400)
      expect(response.status, probe).toBeLessThan(500)
      expect(JSON.stringify(response.body)).not.toContain(private_.email)
    }
  })

  it('GraphQL returns null for them', async () => {
    const response = await api.graphql(
      `{ Practices(limit: 100) { docs { id contact { consent email phone name } } } }`,
    )
    expect(response.status).toBe(200)
    for (const doc of response.body.data.Practices.docs) {
      if (doc.contact?.consent) continue
      expect(doc.contact.email).toBeNull()
      expect(doc.contact.phone).toBeNull()
      expect(doc.contact.name).toBeNull()
    }
    expect(JSON.stringify(response.body)).not.toContain(private_.email)
  })
})

describe('user accounts', () => {
  it('anonymous callers cannot list or read users over REST or GraphQL', async () => {
    const volunteer = await demoUser(ctx.payload, 'volunteer.milano')
    expect((await api.get('/users')).status).toBe(403)
    expect([403, 404]).toContain((await api.get(`/users/${volunteer.id}`)).status)
    const gql = await api.graphql('{ Users { docs { email displayName } } }')
    expect(gql.body.data?.Users ?? null).toBeNull()
    expect(JSON.stringify(gql.body)).not.toContain('@redcloud.example.org')
  })

  it('relationship depth never populates an author for anonymous callers', async () => {
    for (const path of [
      '/practices?limit=0&depth=3',
      '/comments?limit=0&depth=3',
      '/media?limit=0&depth=3',
    ]) {
      const response = await api.get(path)
      expect(response.status).toBe(200)
      expect(JSON.stringify(response.body), path).not.toMatch(/@redcloud\.example\.org/)
    }
    const gql = await api.graphql('{ Practices(limit: 100) { docs { author { email displayName } } } }')
    expect(JSON.stringify(gql.body)).not.toContain('@redcloud.example.org')
  })

  it('signed-in members see only their own account (accessMatrix.test.ts: who reads whom)', async () => {
    const response = await api.get('/users?limit=0&depth=0', { as: 'volunteer.roma' })
    expect(response.status).toBe(200)
    const emails = response.body.docs.map((user: { email?: string }) => user.email).filter(Boolean)
    expect(emails).toEqual(['volunteer.roma@redcloud.example.org'])
    expect(response.body.docs).toHaveLength(1)
    for (const probe of ['/users?where[email][like]=admin', '/users?sort=email']) {
      const probed = await api.get(probe, { as: 'volunteer.roma' })
      expect(probed.status, probe).toBeGreaterThanOrEqual(400)
      expect(probed.status, probe).toBeLessThan(500)
    }
  })

  it('who liked what is not public', async () => {
    expect((await api.get('/likes')).status).toBe(403)
  })
})
