import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { hostileInputCorpus } from '@redcloud/testing/hostileInputCorpus'

import { outbox } from '../src/email/outbox'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail, demoUser, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

// Low limits for this file only (each test file runs in its own process).
Object.assign(process.env, { RATE_LIMIT_CONTACT: '3/h', RATE_LIMIT_PRACTICES: '6/h', TRUST_PROXY: 'true' })

type Id = number | string

let ctx: TestContext
let api: RestClient
let origin: Id
let draft: Id
let address = 0
const fresh = () => ({ 'X-Forwarded-For': `10.9.0.${++address}` })

const HOSTILE = hostileInputCorpus.filter((text) => text.length < 100)[0] ?? '<script>alert(1)</script>'
const SECRET = 'contact.secret@example.org'

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const milano = await demoUser(ctx.payload, 'volunteer.milano')
  const published = await ctx.payload.find({
    collection: 'practices',
    where: { and: [{ _status: { equals: 'published' } }, { unit: { equals: milano.unit } }] },
    limit: 1,
    depth: 0,
  })
  origin = published.docs[0]!.id
  // The origin as the database holds it after a hostile author's edits: every text copied must
  // come out as the same inert text, every private value must stay behind.
  await ctx.payload.db.updateOne({
    collection: 'practices',
    id: origin,
    locale: 'it',
    data: {
      links: [{ id: 'a1b2c3d4e5f6a1b2c3d4e5f6', label: HOSTILE, url: 'https://example.org/?q=%3Cscript%3E' }],
      contact: { name: HOSTILE, email: SECRET, phone: '+39 02 1234567', consent: true },
      likeCount: 41,
      commentCount: 7,
      recognised: true,
      author: milano.id,
    },
    req: {} as never,
  })
  draft = (
    await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'draft' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!.id
})
afterAll(async () => {
  await ctx?.payload.destroy()
})
beforeEach(() => {
  outbox.length = 0
})

describe('SECURITY.md §1 Authorization matrix: POST /practices/:id/adapt', () => {
  it('anonymous → 401, nothing created', async () => {
    const before = (await ctx.payload.count({ collection: 'practices' })).totalDocs
    const response = await api.post(`/practices/${origin}/adapt`, {}, { headers: fresh() })
    expect(response.status).toBe(401)
    expect((await ctx.payload.count({ collection: 'practices' })).totalDocs).toBe(before)
  })

  it.each(['volunteer.roma', 'volunteer.torino', 'validator.lombardia'])(
    '%s (any unit) → 201 on a published practice',
    async (as) => {
      const response = await api.post(`/practices/${origin}/adapt`, {}, { as, headers: fresh() })
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      const me = await demoUser(ctx.payload, as)
      const created = await ctx.payload.findByID({
        collection: 'practices',
        id: response.body.id,
        depth: 0,
        draft: true,
      })
      expect(created._status).toBe('draft')
      expect(String(created.unit)).toBe(String(me.unit))
      expect(String(created.author)).toBe(String(me.id))
      expect(String(created.adaptedFrom)).toBe(String(origin))
      expect(response.body.adminUrl).toContain(`/admin/collections/practices/${created.id}`)
      expect(response.body.editUrl).toContain(`/submit/${created.id}/`)
    },
  )

  it('a draft, a missing and a malformed id → 404, the same answer', async () => {
    for (const id of [draft, '999999', 'not-an-id', '%27%20OR%201%3D1']) {
      const response = await api.post(
        `/practices/${id}/adapt`,
        {},
        { as: 'volunteer.roma', headers: fresh() },
      )
      expect(response.status).toBe(404)
      expect(JSON.stringify(response.body)).not.toMatch(/draft|bozza/i)
    }
  })

  it('over the practices write limit → 429', async () => {
    let last = 0
    for (let i = 0; i < 8; i++) {
      last = (await api.post(`/practices/${origin}/adapt`, {}, { as: 'volunteer.torino', headers: fresh() }))
        .status
    }
    expect(last).toBe(429)
  })
})

describe('Adapt for my unit: what is copied and what never is', () => {
  let copy: Record<string, any>

  beforeAll(async () => {
    const response = await api.post(
      `/practices/${origin}/adapt`,
      { locale: 'it' },
      { as: 'validator.roma', headers: fresh() },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    copy = await ctx.payload.findByID({
      collection: 'practices',
      id: response.body.id,
      depth: 0,
      draft: true,
      locale: 'it',
    })
  })

  it('copies the texts as inert text, in the asked language', async () => {
    const source = await ctx.payload.findByID({ collection: 'practices', id: origin, depth: 0, locale: 'it' })
    expect(copy.title).toBe(source.title)
    expect(copy.summary).toBe(source.summary)
    expect(copy.innovation).toBe(source.innovation)
    expect(copy.links?.[0]?.label).toBe(HOSTILE)
    expect(copy.originalLanguage).toBe('it')
    expect(copy.themes).toEqual(source.themes)
  })

  it('never copies contact, author, counters, workflow, recognition or slug', async () => {
    const source = await ctx.payload.findByID({ collection: 'practices', id: origin, depth: 0 })
    expect(JSON.stringify(copy)).not.toContain(SECRET)
    expect(copy.contact?.name ?? null).toBeNull()
    expect(copy.contact?.consent ?? false).toBe(false)
    expect(copy.likeCount).toBe(0)
    expect(copy.commentCount).toBe(0)
    expect(copy.recognised ?? false).toBe(false)
    expect(copy.workflow?.stage ?? 'draft').toBe('draft')
    expect(copy.slug).not.toBe(source.slug)
    expect(String(copy.author)).not.toBe(String(source.author))
    expect(copy.publishedAt ?? null).toBeNull()
    expect(copy.selfAssessment?.meaningfulObjectives ?? null).toBeNull()
  })

  it('in the caller’s language where the origin has it, else the origin’s own', async () => {
    const all = await ctx.payload.findByID({
      collection: 'practices',
      id: origin,
      depth: 0,
      locale: 'all' as never,
    })
    const titles = all.title as unknown as Record<string, string | undefined>
    const response = await api.post(
      `/practices/${origin}/adapt`,
      { locale: 'es' },
      { as: 'validator.roma', headers: fresh() },
    )
    const expected = titles.es ? 'es' : all.originalLanguage
    expect(response.body.language).toBe(expected)
  })

  it('adaptedFrom is read-only through the API', async () => {
    const other = (
      await ctx.payload.find({
        collection: 'practices',
        where: { _status: { equals: 'published' } },
        limit: 2,
        depth: 0,
      })
    ).docs.find((doc) => String(doc.id) !== String(origin))!.id
    const patch = await api.patch(
      `/practices/${copy.id}?draft=true`,
      { adaptedFrom: other },
      { as: 'validator.roma', headers: fresh() },
    )
    expect([200, 400, 403]).toContain(patch.status)
    const created = await api.post(
      '/practices?draft=true',
      { title: 'Mia', adaptedFrom: origin },
      { as: 'validator.roma', headers: fresh() },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'practices',
      id: created.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(stored.adaptedFrom ?? null).toBeNull()
    const again = await ctx.payload.findByID({ collection: 'practices', id: copy.id, depth: 0, draft: true })
    expect(String(again.adaptedFrom)).toBe(String(origin))
  })
})

describe('SECURITY.md §1 Authorization matrix: POST /practices/:id/contact', () => {
  it('anonymous → 401, nothing sent', async () => {
    const response = await api.post(`/practices/${origin}/contact`, { message: 'Ciao' }, { headers: fresh() })
    expect(response.status).toBe(401)
    expect(outbox).toHaveLength(0)
  })

  it('a draft or missing practice → 404', async () => {
    for (const id of [draft, '999999']) {
      const response = await api.post(
        `/practices/${id}/contact`,
        { message: 'Ciao' },
        { as: 'volunteer.torino', headers: fresh() },
      )
      expect(response.status).toBe(404)
    }
    expect(outbox).toHaveLength(0)
  })

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['2001 characters', 'x'.repeat(2001)],
    ['a number', 42],
    ['missing', undefined],
    ['a bidi override', 'a\u202Eb'],
  ])('message %s → 400 naming message', async (_, message) => {
    const response = await api.post(
      `/practices/${origin}/contact`,
      { message },
      { as: 'volunteer.torino', headers: fresh() },
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('message')
  })

  it('relays to the author in their language; the address is never in the answer; no Reply-To unless asked', async () => {
    const response = await api.post(
      `/practices/${origin}/contact`,
      { message: `Possiamo parlarne? ${HOSTILE}` },
      { as: 'volunteer.roma', headers: fresh() },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(JSON.stringify(response.body)).not.toContain(demoEmail('volunteer.milano'))
    expect(JSON.stringify(response.body)).not.toContain('@')
    expect(outbox).toHaveLength(1)
    expect(outbox[0]!.to).toContain(demoEmail('volunteer.milano'))
    expect(outbox[0]!.replyTo).toBeUndefined()
    expect(outbox[0]!.text).toContain(HOSTILE)
    expect(outbox[0]!.text).not.toContain(demoEmail('volunteer.roma'))
    expect(outbox[0]!.subject).toMatch(/scrive su/) // volunteer.milano reads Italian
  })

  it('Reply-To is the sender only when replyTo is true', async () => {
    const response = await api.post(
      `/practices/${origin}/contact`,
      { message: 'Rispondimi pure.', replyTo: true },
      { as: 'volunteer.roma', headers: fresh() },
    )
    expect(response.status).toBe(200)
    expect(outbox[0]!.replyTo).toContain(demoEmail('volunteer.roma'))
  })

  it('goes to the unit’s public contact when the author’s account is deactivated', async () => {
    const milano = await demoUser(ctx.payload, 'volunteer.milano')
    await ctx.payload.update({
      collection: 'users',
      id: milano.id,
      data: { accountStatus: 'deactivated' } as never,
    })
    const unit = await ctx.payload.findByID({
      collection: 'units',
      id: await unitId(ctx.payload, 'LOM-MI'),
      depth: 0,
    })
    const response = await api.post(
      `/practices/${origin}/contact`,
      { message: 'Ciao!' },
      { as: 'validator.lombardia', headers: fresh() },
    )
    await ctx.payload.update({
      collection: 'users',
      id: milano.id,
      data: { accountStatus: 'active' } as never,
    })
    if (unit.contact?.email) {
      expect(response.status).toBe(200)
      expect(response.body.to).toBe('unit')
      expect(outbox[0]!.to).toContain(unit.contact.email)
      expect(JSON.stringify(response.body)).not.toContain(unit.contact.email)
    } else {
      expect(response.status).toBe(409)
    }
    expect(outbox.some((mail) => mail.to.includes(demoEmail('volunteer.milano')))).toBe(false)
  })

  it('over RATE_LIMIT_CONTACT per sender → 429, whatever the address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (
          await api.post(
            `/practices/${origin}/contact`,
            { message: `Messaggio ${i}` },
            { as: 'validator.lazio', headers: fresh() },
          )
        ).status,
      )
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200])
    expect(statuses[3]).toBe(429)
  })
})
