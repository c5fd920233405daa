import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { outbox } from '../src/email/outbox'
import { reconcilePracticeCounts } from '../src/practices/reconcilePracticeCounts'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoEmail, demoUser, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

type Id = number | string

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})
beforeEach(() => {
  outbox.length = 0
})

/** Published practices of the unit `code` (any other unit's when left out) that the unit `notBy` has not declared replicating yet. */
const publishedOf = async (code?: string, notBy?: string): Promise<Id[]> => {
  const unit = code ? await unitId(ctx.payload, code) : null
  const by = notBy ? await unitId(ctx.payload, notBy) : null
  const { docs } = await ctx.payload.find({
    collection: 'practices',
    where: {
      and: [
        { _status: { equals: 'published' } },
        unit !== null ? { unit: { equals: unit } } : by !== null ? { unit: { not_equals: by } } : {},
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
  })
  if (by === null) return docs.map((doc) => doc.id)
  const taken = await ctx.payload.find({
    collection: 'replications',
    where: { unit: { equals: by } },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const used = new Set(taken.docs.map((doc) => String(doc.practice)))
  return docs.map((doc) => doc.id).filter((id) => !used.has(String(id)))
}

const practice = (id: Id) => ctx.payload.findByID({ collection: 'practices', id, depth: 0 })
const stored = (id: Id) => ctx.payload.findByID({ collection: 'replications', id, depth: 0, draft: true })
const confirm = async (id: Id, as: string) => {
  const revision = (await stored(id)).workflow?.revision
  return api.post(`/replications/${id}/workflow`, { action: 'approve', revision }, { as })
}

/** `count` new members, each in a new local unit under Lazio, logged in. */
const membersInNewUnits = async (prefix: string, count: number) => {
  const lazio = await unitId(ctx.payload, 'LAZ')
  const names = Array.from({ length: count }, (_, i) => `${prefix}.${i}`)
  for (const name of names) {
    const unit = await ctx.payload.create({
      collection: 'units',
      data: {
        name: `Comitato ${name}`,
        code: `LAZ-${name.toUpperCase().replace(/\W/g, '')}`,
        level: 'local',
        parent: lazio,
      },
    })
    await ctx.payload.create({
      collection: 'users',
      data: {
        email: demoEmail(name),
        password: DEMO_PASSWORD,
        displayName: name,
        unit: unit.id,
        roles: ['member'],
      } as never,
    })
  }
  return Promise.all(names.map((name) => api.login(name)))
}

describe('DESIGN.md "Replication": declaring, confirming, counting', () => {
  it('a Roma member declares a Milano practice: their unit and author, whatever the body says; waiting for confirmation', async () => {
    const [origin] = await publishedOf('LOM-MI', 'LAZ-RM')
    const countBefore = (await practice(origin!)).replicationCount
    const admin = await demoUser(ctx.payload, 'admin')
    const response = await api.post(
      '/replications',
      {
        practice: origin,
        status: 'started',
        startDate: '2026-11-01',
        adaptations: 'Con le scuole del quartiere.',
        unit: await unitId(ctx.payload, 'LOM-MI'),
        author: admin.id,
        uniqueKey: 'forged',
      },
      { as: 'volunteer.roma' },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const doc = await stored(response.body.doc.id)
    expect(String(doc.unit)).toBe(String(await unitId(ctx.payload, 'LAZ-RM')))
    expect(String(doc.author)).toBe(String((await demoUser(ctx.payload, 'volunteer.roma')).id))
    expect(doc.uniqueKey).toBe(`${String(origin)}:${String(doc.unit)}`)
    expect(doc._status).toBe('draft')
    expect(doc.workflow?.stage).toBe('confirmation')
    // Waiting for confirmation: not counted.
    expect((await practice(origin!)).replicationCount).toBe(countBefore)
  })

  it('one per unit and practice: a second declaration is a 409 naming the existing one', async () => {
    const [origin] = await publishedOf(undefined, 'LAZ-RM')
    const first = await api.post(
      '/replications',
      { practice: origin, status: 'planned' },
      { as: 'volunteer.roma' },
    )
    expect(first.status).toBe(201)
    const second = await api.post(
      '/replications',
      { practice: origin, status: 'running' },
      { as: 'validator.roma' },
    )
    expect(second.status).toBe(409)
    expect(JSON.stringify(second.body)).toContain(`replication ${String(first.body.doc.id)}`)
    const roma = await unitId(ctx.payload, 'LAZ-RM')
    const count = await ctx.payload.count({
      collection: 'replications',
      where: { and: [{ practice: { equals: origin } }, { unit: { equals: roma } }] },
    })
    expect(count.totalDocs).toBe(1)
  })

  it('10 declarations of one unit at once: one is created, the others are 409s', async () => {
    const [origin] = await publishedOf(undefined, 'LAZ-RM')
    const roma = await unitId(ctx.payload, 'LAZ-RM')
    const names = Array.from({ length: 10 }, (_, i) => `parallel.roma.${i}`)
    for (const name of names) {
      await ctx.payload.create({
        collection: 'users',
        data: {
          email: demoEmail(name),
          password: DEMO_PASSWORD,
          displayName: name,
          unit: roma,
          roles: ['member'],
        } as never,
      })
    }
    const tokens = await Promise.all(names.map((name) => api.login(name)))
    const answers = await Promise.all(
      tokens.map((token) =>
        api.raw('POST', '/replications', { token, body: { practice: origin, status: 'planned' } }),
      ),
    )
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses, JSON.stringify(answers.map((a) => a.body))).toEqual([201, ...Array(9).fill(409)])
    const rows = await ctx.payload.count({
      collection: 'replications',
      where: { and: [{ practice: { equals: origin } }, { unit: { equals: roma } }] },
    })
    expect(rows.totalDocs).toBe(1)
  })

  it('the origin must be published (400 naming practice), and not the declaring unit’s own (400)', async () => {
    const volunteer = await demoUser(ctx.payload, 'volunteer.milano')
    const draft = await ctx.payload.create({
      collection: 'practices',
      data: { title: 'Bozza milanese' },
      draft: true,
      user: volunteer,
      overrideAccess: false,
    })
    const unpublished = await api.post(
      '/replications',
      { practice: draft.id, status: 'planned' },
      { as: 'volunteer.roma' },
    )
    expect(unpublished.status).toBe(400)
    expect(unpublished.body.errors[0].data.errors[0].path).toBe('practice')
    const [own] = await publishedOf('LOM-MI')
    const ownUnit = await api.post(
      '/replications',
      { practice: own, status: 'planned' },
      { as: 'volunteer.milano' },
    )
    expect(ownUnit.status).toBe(400)
    expect(ownUnit.body.errors[0].data.errors[0].path).toBe('practice')
    expect((await api.post('/replications', { practice: own, status: 'planned' })).status).toBe(403)
  })

  it('confirmation: only a validator above the replicating unit; then public, counted, the origin told', async () => {
    const [origin] = await publishedOf(undefined, 'LAZ-RM')
    const countBefore = (await practice(origin!)).replicationCount ?? 0
    const created = await api.post(
      '/replications',
      { practice: origin, status: 'running' },
      { as: 'volunteer.roma' },
    )
    const id = created.body.doc.id as Id
    // Not public yet, not even to other members.
    expect((await api.get(`/replications/${id}`)).status).toBe(404)
    expect((await api.get(`/replications/${id}`, { as: 'volunteer.milano' })).status).toBe(404)
    expect((await api.get(`/replications/${id}`, { as: 'volunteer.roma' })).status).toBe(200)
    expect((await api.get(`/replications/${id}`, { as: 'validator.lazio' })).status).toBe(200)
    // Out of scope: Milano's and Lombardia's validators; the declarer is no validator.
    for (const as of ['validator.milano', 'validator.lombardia', 'volunteer.roma']) {
      const refused = await confirm(id, as)
      expect([400, 403, 404], `${as} ${JSON.stringify(refused.body)}`).toContain(refused.status)
    }
    expect((await stored(id))._status).toBe('draft')
    outbox.length = 0
    const confirmed = await confirm(id, 'validator.roma')
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    expect((await stored(id))._status).toBe('published')
    expect((await stored(id)).confirmedAt).toBeTruthy()
    expect((await practice(origin!)).replicationCount).toBe(countBefore + 1)

    const author = await ctx.payload.findByID({
      collection: 'users',
      id: (await practice(origin!)).author as Id,
      depth: 0,
    })
    const mails = outbox.filter((mail) => mail.text.includes('/practices/'))
    expect(mails.map((mail) => mail.to)).toContain(author.email)
    expect(mails.every((mail) => mail.text.includes('/practices/'))).toBe(true)

    // Public now, without who declared it, by REST, depth and GraphQL.
    const anonymous = await api.get(`/replications/${id}?depth=1`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.author).toBeUndefined()
    expect(anonymous.body.uniqueKey).toBeUndefined()
    const asMember = await api.get(`/replications/${id}?depth=2`, { as: 'volunteer.milano' })
    expect(asMember.body.author).toBeUndefined()
    const gql = await api.graphql(
      `{ Replications(where: { id: { equals: ${JSON.stringify(id)} } }) { docs { id status author { id } } } }`,
    )
    expect(gql.body.data.Replications.docs).toHaveLength(1)
    expect(gql.body.data.Replications.docs[0].author).toBeNull()
    // Versions stay with the unit's people and validators.
    expect((await api.get(`/replications/versions?where[parent][equals]=${id}`)).status).toBe(403)
    const others = await api.get(`/replications/versions?where[parent][equals]=${id}`, {
      as: 'volunteer.milano',
    })
    expect(others.body.docs ?? []).toHaveLength(0)
    const own = await api.get(`/replications/versions?where[parent][equals]=${id}`, { as: 'volunteer.roma' })
    expect(own.body.docs.length).toBeGreaterThan(0)
  })

  it('an erased author gets no e-mail; the practice unit’s contact still does', async () => {
    const [origin] = await publishedOf(undefined, 'LAZ-RM')
    const doc = await practice(origin!)
    await ctx.payload.update({
      collection: 'units',
      id: doc.unit as Id,
      data: { contact: { email: 'milano@cri.example.org' } },
    })
    const authorId = doc.author as Id
    await ctx.payload.update({
      collection: 'users',
      id: authorId,
      data: { accountStatus: 'erased', email: `erased-${String(authorId)}@erased.invalid` } as never,
    })
    const created = await api.post(
      '/replications',
      { practice: origin, status: 'planned' },
      { as: 'volunteer.roma' },
    )
    outbox.length = 0
    expect((await confirm(created.body.doc.id, 'validator.roma')).status).toBe(200)
    const recipients = outbox.filter((mail) => mail.text.includes('/practices/')).map((mail) => mail.to)
    expect(recipients).toEqual(['milano@cri.example.org'])
  })

  it('10 replications confirmed at once: replicationCount is exactly 10, and reconcile agrees', async () => {
    const [origin] = await publishedOf('PIE-TO')
    const before = (await practice(origin!)).replicationCount ?? 0
    const tokens = await membersInNewUnits('confirm', 10)
    const ids: Id[] = []
    for (const token of tokens) {
      const answer = await api.raw('POST', '/replications', {
        token,
        body: { practice: origin, status: 'started' },
      })
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      ids.push(answer.body.doc.id)
    }
    const answers = await Promise.all(ids.map((id) => confirm(id, 'validator.lazio')))
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200))
    expect((await practice(origin!)).replicationCount).toBe(before + 10)
    expect(await reconcilePracticeCounts({ payload: ctx.payload })).toBe(0)
    await ctx.payload.db.updateOne({
      collection: 'practices',
      id: origin!,
      data: { replicationCount: 3 },
      returning: false,
    })
    expect(await reconcilePracticeCounts({ payload: ctx.payload })).toBe(1)
    expect((await practice(origin!)).replicationCount).toBe(before + 10)
  })

  it('replicationCount is read-only through the API', async () => {
    const [origin] = await publishedOf('PIE-TO')
    const count = (await practice(origin!)).replicationCount
    const answer = await api.patch(
      `/practices/${origin}?draft=true`,
      { replicationCount: 999 },
      { as: 'admin' },
    )
    expect(answer.status).toBeLessThan(500)
    expect((await practice(origin!)).replicationCount).toBe(count)
  })
})

describe('SECURITY.md §4 Hostile input: replications', () => {
  it('bad bodies are 4xx naming the field, never 5xx, and nothing is stored', async () => {
    const [origin] = await publishedOf(undefined, 'LAZ-RM')
    const [milanoOther] = (await publishedOf('LOM-MI')).slice(-1)
    const before = (await ctx.payload.count({ collection: 'replications' })).totalDocs
    const bodies: [Record<string, unknown>, string | null][] = [
      [{ practice: { $ne: null }, status: 'planned' }, null],
      [{ practice: '1 OR 1=1', status: 'planned' }, null],
      [{ status: 'planned' }, 'practice'],
      [{ practice: origin, status: 'bogus' }, 'status'],
      [{ practice: origin, status: 'planned', adaptations: 'x'.repeat(4001) }, 'adaptations'],
      [{ practice: origin, status: 'planned', adaptations: 'evil\u202Etext' }, 'adaptations'],
      [{ practice: origin, status: 'planned', startDate: '2026-05-01', endDate: '2026-01-01' }, 'endDate'],
      [{ practice: origin, status: 'planned', linkedPractice: milanoOther }, 'linkedPractice'],
      [{ practice: origin, status: 'planned', _status: 'published' }, null],
    ]
    for (const [body, path] of bodies) {
      const answer = await api.post('/replications', body, { as: 'volunteer.roma' })
      expect(answer.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500)
      if (path) expect(JSON.stringify(answer.body), JSON.stringify(body)).toContain(`"path":"${path}"`)
    }
    expect((await ctx.payload.count({ collection: 'replications' })).totalDocs).toBe(before)
    // Nobody sorts or filters by who declared.
    expect((await api.get('/replications?sort=author')).status).toBeGreaterThanOrEqual(400)
    const byAuthor = await api.get(`/replications?where[author][exists]=true`)
    expect(byAuthor.body.docs ?? []).toHaveLength(0)
  })
})

describe('replication results as measurements of the origin’s indicators', () => {
  /** A published origin (not Roma's, not yet replicated by Roma) with indicator rows, and Roma's declaration of it. */
  const declared = async () => {
    for (const id of await publishedOf(undefined, 'LAZ-RM')) {
      const origin = await practice(id)
      const key = (origin.qualityIndicators ?? []).find((row) => row.key)?.key
      if (!key) continue
      const created = await api.post(
        '/replications',
        { practice: id, status: 'started' },
        { as: 'volunteer.roma' },
      )
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      return { origin, key, replication: created.body.doc.id as Id }
    }
    throw new Error('no published practice with indicators left for Roma to replicate')
  }
  const figure = (body: Record<string, unknown>, as = 'volunteer.roma') =>
    api.post('/measurements', { date: '2026-09-30', value: 31, ...body }, { as })
  const measurementAct = async (id: Id, action: string, as: string) => {
    const revision = (await ctx.payload.findByID({ collection: 'measurements', id, depth: 0, draft: true }))
      .workflow?.revision
    return api.post(`/measurements/${id}/workflow`, { action, revision }, { as })
  }
  const pathOf = (body: unknown) => JSON.stringify(body).match(/"path":"([^"]+)"/)?.[1]

  it('only the origin’s indicators: another key is a 400 naming indicatorKey, another practice a 400 naming replication', async () => {
    const { origin, key, replication } = await declared()
    const before = (await ctx.payload.count({ collection: 'measurements' })).totalDocs
    const unknown = await figure({ replication, indicatorKey: 'not-an-indicator-of-the-origin' })
    expect(unknown.status).toBe(400)
    expect(pathOf(unknown.body)).toBe('indicatorKey')
    const [other] = (await publishedOf()).filter((id) => String(id) !== String(origin.id))
    const elsewhere = await figure({ replication, practice: other, indicatorKey: key })
    expect(elsewhere.status).toBe(400)
    expect(pathOf(elsewhere.body)).toBe('replication')
    for (const hostile of [{ $ne: null }, [replication], 'x'.repeat(30)]) {
      const answer = await figure({ replication: hostile, indicatorKey: key })
      expect(answer.status, JSON.stringify(hostile)).toBeGreaterThanOrEqual(400)
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500)
    }
    expect((await ctx.payload.count({ collection: 'measurements' })).totalDocs).toBe(before)

    const ok = await figure({ replication, indicatorKey: key })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'measurements',
      id: ok.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(String(stored.practice)).toBe(String(origin.id))
    expect(String(stored.unit)).toBe(String(await unitId(ctx.payload, 'LAZ-RM')))
    expect(String(stored.replication)).toBe(String(replication))
    // The replication cannot be swapped afterwards.
    await api.patch(`/measurements/${ok.body.doc.id}`, { replication: null }, { as: 'volunteer.roma' })
    const after = await ctx.payload.findByID({
      collection: 'measurements',
      id: ok.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(String(after.replication)).toBe(String(replication))
  })

  it('an unconfirmed replication’s figures never reach anonymous callers, confirmed or not; they do once it is confirmed', async () => {
    const { key, replication } = await declared()
    const created = await figure({ replication, indicatorKey: key })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as Id
    expect((await measurementAct(id, 'submit', 'volunteer.roma')).status).toBe(200)
    expect((await measurementAct(id, 'approve', 'validator.lazio')).status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'measurements', id, depth: 0 }))._status).toBe(
      'published',
    )
    // What the site's build and open data read: published measurements, as an anonymous visitor.
    const anonymous = async () => {
      const list = await api.get('/measurements?where[_status][equals]=published&limit=0&depth=0')
      const byId = await api.get(`/measurements/${id}`)
      const counted = await api.get(`/measurements/count?where[replication][equals]=${replication}`)
      return {
        listed: (list.body.docs ?? []).some((d: { id: unknown }) => String(d.id) === String(id)),
        byId: byId.status,
        count: counted.body.totalDocs,
      }
    }
    expect(await anonymous()).toEqual({ listed: false, byId: 404, count: 0 })
    expect((await confirm(replication, 'validator.roma')).status).toBe(200)
    expect(await anonymous()).toEqual({ listed: true, byId: 200, count: 1 })

    // Deleting the replication takes its figures with it.
    expect((await api.del(`/replications/${replication}`, { as: 'admin' })).status).toBe(200)
    expect(
      (
        await ctx.payload.count({
          collection: 'measurements',
          where: { replication: { equals: replication } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
