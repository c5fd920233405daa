import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

type Id = number | string

let ctx: TestContext
let api: RestClient
let theme: Id

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
  theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const act = (id: Id, body: Record<string, unknown>, as: string) =>
  api.post(`/practices/${id}/workflow`, withTestScores(body), { as })
const eventCount = async (id: Id) =>
  (
    await ctx.payload.count({
      collection: 'workflow-events',
      where: { itemCollection: { equals: 'practices' }, document: { equals: String(id) } },
    })
  ).totalDocs
const latest = (id: Id) => ctx.payload.findByID({ collection: 'practices', id, draft: true, depth: 0 })

/** A practice of Milano's volunteer taken through the three levels: live, after four events. */
const published = async (title: string) => {
  const id = await draftOf(title)
  const steps = [
    ['submit', 'volunteer.milano'],
    ['approve', 'validator.milano'],
    ['approve', 'validator.lombardia'],
    ['approve', 'validator.national'],
  ] as const
  for (const [revision, [action, as]] of steps.entries()) {
    expect((await act(id, { action, revision }, as)).status).toBe(200)
  }
  return id
}

/** Anonymous readers still see the approved title, no event was written, and the draft holds the edit. */
const expectStillLive = async ({ id, title, draftTitle }: { id: Id; title: string; draftTitle: string }) => {
  const live = await api.get(`/practices/${id}`)
  expect(live.status).toBe(200)
  expect(live.body.title).toBe(title)
  expect(await eventCount(id)).toBe(4)
  const draft = await latest(id)
  expect(draft.title).toBe(draftTitle)
  expect(draft._status).toBe('draft')
  expect(draft.workflow).toMatchObject({ stage: 'draft', revision: 4 })
}

describe('SECURITY.md §12 Live state moves only through the workflow: no route unpublishes or rewrites a live practice', () => {
  it('PATCH by id with _status "draft" and no ?draft=true is a draft revision', async () => {
    const id = await published('Nonni in rete')
    const response = await api.patch(
      `/practices/${id}`,
      { _status: 'draft', title: 'Ritirata di nascosto' },
      { as: 'volunteer.milano' },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    await expectStillLive({ id, title: 'Nonni in rete', draftTitle: 'Ritirata di nascosto' })
  })

  it('a bulk PATCH (?where=…) is a draft revision of each practice it touches', async () => {
    const id = await published('Merenda solidale')
    const response = await api.patch(
      `/practices?where[id][equals]=${id}`,
      { _status: 'draft', title: 'Riscritta in blocco' },
      { as: 'volunteer.milano' },
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.docs).toHaveLength(1)
    await expectStillLive({ id, title: 'Merenda solidale', draftTitle: 'Riscritta in blocco' })
  })

  it('GraphQL updatePractice without draft: true is a draft revision', async () => {
    const id = await published('Orti condivisi')
    const response = await api.graphql(
      `mutation { updatePractice(id: ${JSON.stringify(id)}, data: { _status: draft, title: "Via GraphQL" }) { id } }`,
      { as: 'volunteer.milano' },
    )
    expect(response.body.errors ?? [], JSON.stringify(response.body)).toEqual([])
    await expectStillLive({ id, title: 'Orti condivisi', draftTitle: 'Via GraphQL' })
  })

  it('a version is restored only as a draft revision (?draft=true), never over the live one', async () => {
    const id = await published('Biblioteca di quartiere')
    const { docs } = await ctx.payload.findVersions({
      collection: 'practices',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      limit: 1,
    })
    await api.patch(`/practices/${id}?draft=true`, { title: 'Bozza nuova' }, { as: 'volunteer.milano' })
    const straight = await api.post(`/practices/versions/${docs[0]!.id}`, {}, { as: 'volunteer.milano' })
    expect(straight.status).toBe(403)
    expect((await latest(id)).title).toBe('Bozza nuova')
    const asDraft = await api.post(
      `/practices/versions/${docs[0]!.id}?draft=true`,
      {},
      { as: 'volunteer.milano' },
    )
    expect(asDraft.status, JSON.stringify(asDraft.body)).toBe(200)
    await expectStillLive({ id, title: 'Biblioteca di quartiere', draftTitle: 'Biblioteca di quartiere' })
  })

  it('the Local API on behalf of a member is a draft revision', async () => {
    const id = await published('Doposcuola')
    await ctx.payload.update({
      collection: 'practices',
      id,
      data: { _status: 'draft', title: 'Dal server' },
      user: await demoUser(ctx.payload, 'volunteer.milano'),
      overrideAccess: false,
    })
    await expectStillLive({ id, title: 'Doposcuola', draftTitle: 'Dal server' })
  })
})

const draftOf = async (title: string) => {
  const created = await api.post(
    '/practices?draft=true',
    {
      title,
      summary: 'Visite settimanali agli anziani soli del quartiere.',
      description: lexicalRichText(['Descrizione completa.']),
      themes: [theme],
      targetGroups: ['elderly'],
    },
    { as: 'volunteer.milano' },
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id as Id
}
const workflow = (id: Id, as?: string) => api.get(`/practices/${id}/workflow`, { as })

describe('SECURITY.md §12 Live state moves only through the workflow: whoever submitted a revision never decides on it, nobody twice', () => {
  it('a Milano validator who submits a colleague’s draft cannot decide on it: 403, nothing recorded', async () => {
    const id = await draftOf('Presentata dal validatore')
    expect((await act(id, { action: 'submit', revision: 0 }, 'validator.milano')).body.stage).toBe(
      'local_review',
    )
    expect((await workflow(id, 'validator.milano')).body.allowedActions).not.toContain('approve')
    for (const action of ['approve', 'request_changes', 'reject']) {
      const response = await act(id, { action, revision: 1, comment: 'ok' }, 'validator.milano')
      expect(response.status, action).toBe(403)
      expect(response.body.errors[0].message).toMatch(/submitted/)
    }
    expect(await eventCount(id)).toBe(1)
    expect((await latest(id)).workflow).toMatchObject({ stage: 'local_review', revision: 1 })
  })

  it('a validator who approved at local and then moved to the region cannot approve the same revision again', async () => {
    const id = await draftOf('Approvata due volte?')
    await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    expect((await act(id, { action: 'approve', revision: 1 }, 'validator.milano')).body.stage).toBe(
      'regional_review',
    )
    const validator = await demoUser(ctx.payload, 'validator.milano')
    const region = await ctx.payload.find({
      collection: 'units',
      where: { code: { equals: 'LOM' } },
      depth: 0,
    })
    await ctx.payload.update({ collection: 'users', id: validator.id, data: { unit: region.docs[0]!.id } })
    try {
      expect((await workflow(id, 'validator.milano')).body.allowedActions).not.toContain('approve')
      const again = await act(id, { action: 'approve', revision: 2 }, 'validator.milano')
      expect(again.status).toBe(403)
      expect(again.body.errors[0].message).toMatch(/already decided/)
      expect(await eventCount(id)).toBe(2)
      expect((await latest(id)).workflow).toMatchObject({ stage: 'regional_review', revision: 2 })
    } finally {
      await ctx.payload.update({ collection: 'users', id: validator.id, data: { unit: validator.unit } })
    }
  })
})

describe('SECURITY.md §2 No leaks to anonymous callers: the workflow history of a published practice', () => {
  it('shows only stages, levels and dates to anyone who cannot read the practice’s drafts', async () => {
    const id = await draftOf('Storia pubblica')
    const steps = [
      ['submit', 'volunteer.milano', undefined],
      ['request_changes', 'validator.milano', 'Commento riservato'],
      ['resubmit', 'volunteer.milano', undefined],
      ['approve', 'validator.milano', undefined],
      ['approve', 'validator.lombardia', undefined],
      ['approve', 'validator.national', undefined],
    ] as const
    for (const [revision, [action, as, comment]] of steps.entries()) {
      expect((await act(id, { action, revision, comment }, as)).status, action).toBe(200)
    }
    for (const as of [undefined, 'volunteer.roma']) {
      const response = await workflow(id, as)
      expect(response.status).toBe(200)
      expect(response.body.history).toHaveLength(6)
      for (const event of response.body.history) {
        expect(Object.keys(event).sort()).toEqual(['action', 'at', 'from', 'level', 'revision', 'to'])
      }
      expect(JSON.stringify(response.body), as).not.toMatch(/Commento riservato|Milano|Lombardia|Nazionale/i)
    }
    expect((await api.get('/workflow-events')).status).toBe(403)
    const graphql = await api.graphql('{ WorkflowEvents { docs { userName comment } } }')
    expect(JSON.stringify(graphql.body)).not.toMatch(/Commento riservato|Cannot query field/)
    expect(graphql.body.data?.WorkflowEvents ?? null).toBeNull()
    const author = (await workflow(id, 'volunteer.milano')).body.history
    expect(author[1]).toMatchObject({ comment: 'Commento riservato', level: 'local' })
    expect(typeof author[1].by).toBe('string')
  })
})
