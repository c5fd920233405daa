import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

let ctx: TestContext
let api: RestClient
let theme: number | string

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
  theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const paragraph = (text: string) => lexicalRichText([text])

const complete = (title: string) => ({
  title,
  summary: 'Visite settimanali agli anziani soli del quartiere.',
  description: paragraph('Descrizione completa.'),
  themes: [theme],
  targetGroups: ['elderly'],
})

const draftBy = async (as: string, title = `Pratica ${Math.random().toString(36).slice(2, 8)}`) => {
  const response = await api.post('/practices?draft=true', complete(title), { as })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number | string
}

const workflow = (id: number | string, as?: string) => api.get(`/practices/${id}/workflow`, { as })
const act = (id: number | string, body: Record<string, unknown>, as?: string) =>
  api.post(`/practices/${id}/workflow`, withTestScores(body), { as })
const events = async (id: number | string) =>
  (
    await ctx.payload.find({
      collection: 'workflow-events',
      where: { itemCollection: { equals: 'practices' }, document: { equals: String(id) } },
      limit: 0,
      depth: 0,
    })
  ).docs

describe('staged approval: local → regional → national', () => {
  it('a volunteer submits, the three levels approve in turn, and only then is it public', async () => {
    const id = await draftBy('volunteer.milano', 'Nonni in rete')
    const before = await workflow(id, 'volunteer.milano')
    expect(before.body).toMatchObject({ stage: 'draft', revision: 0, allowedActions: ['submit'] })

    expect((await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')).body).toMatchObject({
      stage: 'local_review',
      revision: 1,
    })
    expect(
      (await api.get('/workflow/queue', { as: 'validator.milano' })).body.items.map(
        (i: { id: unknown }) => i.id,
      ),
    ).toContain(id)
    expect(
      (await api.get('/workflow/queue', { as: 'validator.lombardia' })).body.items.map(
        (i: { id: unknown }) => i.id,
      ),
    ).not.toContain(id)
    expect((await workflow(id, 'validator.milano')).body.allowedActions).toEqual([
      'approve',
      'request_changes',
      'reject',
    ])

    expect((await act(id, { action: 'approve', revision: 1 }, 'validator.lombardia')).status).toBe(403)
    expect((await act(id, { action: 'approve', revision: 1 }, 'validator.milano')).body.stage).toBe(
      'regional_review',
    )
    expect((await api.get(`/practices/${id}`)).status).toBe(404)
    // Lazio cannot even see a Lombard practice under review: 404, not 403.
    expect((await act(id, { action: 'approve', revision: 2 }, 'validator.lazio')).status).toBe(404)
    expect((await act(id, { action: 'approve', revision: 2 }, 'validator.lombardia')).body.stage).toBe(
      'national_review',
    )
    expect((await api.get(`/practices/${id}`)).status).toBe(404)
    expect(
      (await act(id, { action: 'approve', revision: 3, comment: 'Ottimo lavoro' }, 'validator.national')).body
        .stage,
    ).toBe('published')

    const live = await api.get(`/practices/${id}`)
    expect(live.status).toBe(200)
    expect(live.body.title).toBe('Nonni in rete')
    const history = (await workflow(id, 'volunteer.milano')).body.history
    expect(history.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'approve',
      'approve',
      'approve',
    ])
    expect(history.map((e: { to: string }) => e.to)).toEqual([
      'local_review',
      'regional_review',
      'national_review',
      'published',
    ])
    expect(history.map((e: { role: string }) => e.role)).toEqual([
      'author',
      'validator',
      'validator',
      'validator',
    ])
    expect(history[3]).toMatchObject({
      by: 'Marco Bellini',
      role: 'validator',
      level: 'national',
      comment: 'Ottimo lavoro',
    })
  })

  it('changes requested go back to the author and return to the stage that asked', async () => {
    const id = await draftBy('volunteer.milano')
    await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    await act(id, { action: 'approve', revision: 1 }, 'validator.milano')
    const noComment = await act(id, { action: 'request_changes', revision: 2 }, 'validator.lombardia')
    expect(noComment.status).toBe(400)
    expect(noComment.body.errors[0].message).toMatch(/comment is required/)
    expect(
      (
        await act(
          id,
          { action: 'request_changes', revision: 2, comment: 'Aggiungete gli indicatori' },
          'validator.lombardia',
        )
      ).body.stage,
    ).toBe('changes_requested')
    expect(
      (
        await api.patch(
          `/practices/${id}?draft=true`,
          { summary: 'Con indicatori.' },
          { as: 'volunteer.milano' },
        )
      ).status,
    ).toBe(200)
    expect((await act(id, { action: 'resubmit', revision: 3 }, 'volunteer.milano')).body.stage).toBe(
      'regional_review',
    )
  })

  it('a colleague of the same unit submits as "submitter"; the author withdraws as "author"', async () => {
    const id = await draftBy('volunteer.milano')
    expect((await act(id, { action: 'submit', revision: 0 }, 'validator.milano')).body.stage).toBe(
      'local_review',
    )
    expect((await act(id, { action: 'withdraw', revision: 1 }, 'volunteer.milano')).body.stage).toBe(
      'withdrawn',
    )
    const recorded = (await events(id)).sort((a, b) => a.revision - b.revision)
    expect(recorded.map((e) => [e.action, e.userRole, e.userLevel ?? null])).toEqual([
      ['submit', 'submitter', 'local'],
      ['withdraw', 'author', null],
    ])
  })

  it('nobody decides on what they wrote; items under review are frozen', async () => {
    const id = await draftBy('validator.milano')
    await act(id, { action: 'submit', revision: 0 }, 'validator.milano')
    const own = await act(id, { action: 'approve', revision: 1 }, 'validator.milano')
    expect(own.status).toBe(403)
    expect(own.body.errors[0].message).toMatch(/wrote/)
    expect(
      (
        await api.patch(
          `/practices/${id}?draft=true`,
          { title: 'Cambiata in revisione' },
          { as: 'validator.milano' },
        )
      ).status,
    ).toBe(403)
    expect((await act(id, { action: 'withdraw', revision: 1 }, 'validator.milano')).body.stage).toBe(
      'withdrawn',
    )
    expect(
      (
        await api.patch(
          `/practices/${id}?draft=true`,
          { title: 'Cambiata dopo il ritiro' },
          { as: 'validator.milano' },
        )
      ).status,
    ).toBe(200)
  })

  it('answers 400, 401, 404 and 409 with a JSON message, and nothing changes', async () => {
    const id = await draftBy('volunteer.milano')
    expect((await act(id, { action: 'fly', revision: 0 }, 'volunteer.milano')).status).toBe(400)
    expect((await act(id, { action: 'submit' }, 'volunteer.milano')).body.errors[0].message).toMatch(
      /revision/,
    )
    expect((await act(id, { action: 'approve', revision: 0 }, 'validator.milano')).status).toBe(400)
    expect((await act(id, { action: 'submit', revision: 0 })).status).toBe(401)
    expect((await act(id, { action: 'submit', revision: 0 }, 'volunteer.roma')).status).toBe(404)
    expect((await workflow(id, 'volunteer.roma')).status).toBe(404)
    const stale = await act(id, { action: 'submit', revision: 7 }, 'volunteer.milano')
    expect(stale.status).toBe(409)
    expect(stale.body.errors[0].message).toMatch(/revision 0/)
    expect(await events(id)).toHaveLength(0)
    expect((await workflow(id, 'volunteer.milano')).body).toMatchObject({ stage: 'draft', revision: 0 })
  })

  it('an incomplete practice cannot enter review: 400 naming the fields', async () => {
    const created = await api.post(
      '/practices?draft=true',
      { title: 'Solo un titolo' },
      { as: 'volunteer.milano' },
    )
    const response = await act(created.body.doc.id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    expect(response.status).toBe(400)
    const paths = response.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['summary', 'description', 'themes', 'targetGroups']))
    expect(await events(created.body.doc.id)).toHaveLength(0)
  })
})

describe('submission in the practice’s own language', () => {
  it('a practice written in English is complete in English, whatever the locale of the submit request', async () => {
    const created = await api.post(
      '/practices?draft=true&locale=en',
      {
        ...complete('Tea with the neighbours'),
        objectives: [{ objective: 'Fewer lonely afternoons' }],
        qualityIndicators: [{ name: 'People visited each week', baseline: 0, target: 20 }],
      },
      {
        as: 'volunteer.milano',
      },
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const stored = await ctx.payload.findByID({
      collection: 'practices',
      id,
      draft: true,
      depth: 0,
      locale: 'it',
      fallbackLocale: false,
    })
    expect(stored.originalLanguage).toBe('en')
    expect(stored.title ?? null).toBeNull()
    const response = await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    expect(response.status).toBe(200)
    expect(response.body.stage).toBe('local_review')
    // Validators decide from requests in the default language: the practice is still written in English.
    const approved = await act(id, { action: 'approve', revision: 1 }, 'validator.milano')
    expect(approved.status).toBe(200)
    const sentBack = await act(
      id,
      { action: 'request_changes', revision: 2, comment: 'Add the number of volunteers.' },
      'validator.lombardia',
    )
    expect(sentBack.status).toBe(200)
    expect((await workflow(id, 'volunteer.milano')).body).toMatchObject({
      stage: 'changes_requested',
      revision: 3,
    })
    const english = await ctx.payload.findByID({
      collection: 'practices',
      id,
      draft: true,
      depth: 0,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(english.title).toBe('Tea with the neighbours')
  })

  it('and one missing its summary in its own language is refused, even if another language has one', async () => {
    const created = await api.post(
      '/practices?draft=true&locale=fr',
      { ...complete('Goûter solidaire'), summary: '' },
      {
        as: 'volunteer.milano',
      },
    )
    const id = created.body.doc.id
    await api.patch(
      `/practices/${id}?draft=true&locale=it`,
      { summary: 'Una merenda insieme.' },
      { as: 'volunteer.milano' },
    )
    const response = await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual(['summary'])
    expect(await events(id)).toHaveLength(0)
  })
})

describe('SECURITY.md §5 Concurrency, §6 Faults: race-free and all or nothing', () => {
  it('of many simultaneous approvals exactly one wins; the others get 409; one event', async () => {
    const id = await draftBy('volunteer.milano')
    await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    await api.login('validator.milano')
    const results = await Promise.all(
      Array.from({ length: 8 }, () => act(id, { action: 'approve', revision: 1 }, 'validator.milano')),
    )
    const statuses = results.map((r) => r.status).sort()
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(7)
    const atRevision1 = (await events(id)).filter((e) => e.revision === 1)
    expect(atRevision1).toHaveLength(1)
    expect((await workflow(id, 'validator.milano')).body).toMatchObject({
      stage: 'regional_review',
      revision: 2,
    })
  })

  it('an approval racing a withdraw: exactly one of them happens', async () => {
    const id = await draftBy('volunteer.milano')
    await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    const [approve, withdraw] = await Promise.all([
      act(id, { action: 'approve', revision: 1 }, 'validator.milano'),
      act(id, { action: 'withdraw', revision: 1 }, 'volunteer.milano'),
    ])
    expect([approve.status, withdraw.status].sort()).toEqual([200, 409])
    const stage = (await workflow(id, 'volunteer.milano')).body.stage
    expect(stage).toBe(approve.status === 200 ? 'regional_review' : 'withdrawn')
    expect(await events(id)).toHaveLength(2)
  })

  it('a failure after the stage change rolls everything back: no event, no new stage', async () => {
    const id = await draftBy('volunteer.milano')
    await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    const hooks = ctx.payload.collections.practices.config.hooks
    const explode = () => {
      throw new Error('simulated failure after the stage change')
    }
    hooks.afterChange = [...(hooks.afterChange ?? []), explode]
    try {
      const response = await act(id, { action: 'approve', revision: 1 }, 'validator.milano')
      expect(response.status).toBe(500)
    } finally {
      hooks.afterChange = hooks.afterChange.filter((hook) => hook !== explode)
    }
    expect((await workflow(id, 'validator.milano')).body).toMatchObject({
      stage: 'local_review',
      revision: 1,
    })
    expect(await events(id)).toHaveLength(1)
    expect((await act(id, { action: 'approve', revision: 1 }, 'validator.milano')).body.stage).toBe(
      'regional_review',
    )
  })

  it('repeating a request with the same revision never acts twice', async () => {
    const id = await draftBy('volunteer.milano')
    expect((await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')).status).toBe(200)
    expect((await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')).status).toBe(409)
    expect(await events(id)).toHaveLength(1)
  })
})

describe('no way around it', () => {
  it('editing a published practice makes a draft revision; the live one stays until the revision is approved', async () => {
    const id = await draftBy('volunteer.milano', 'Versione uno')
    let revision = 0
    for (const [action, as] of [
      ['submit', 'volunteer.milano'],
      ['approve', 'validator.milano'],
      ['approve', 'validator.lombardia'],
      ['approve', 'validator.national'],
    ] as const) {
      expect((await act(id, { action, revision }, as)).status).toBe(200)
      revision++
    }
    expect(
      (await api.patch(`/practices/${id}`, { title: 'Versione due' }, { as: 'volunteer.milano' })).status,
    ).toBe(200)
    expect((await api.get(`/practices/${id}`)).body.title).toBe('Versione uno')
    const state = (await workflow(id, 'volunteer.milano')).body
    expect(state.stage).toBe('draft')
    expect(
      (await act(id, { action: 'submit', revision: state.revision }, 'volunteer.milano')).body.stage,
    ).toBe('local_review')
    expect((await api.get(`/practices/${id}`)).body.title).toBe('Versione uno')
    revision = state.revision + 1
    for (const as of ['validator.milano', 'validator.lombardia', 'validator.national']) {
      expect((await act(id, { action: 'approve', revision }, as)).status).toBe(200)
      revision++
    }
    expect((await api.get(`/practices/${id}`)).body.title).toBe('Versione due')
  })

  it('workflow fields and _status cannot be written through create, update, bulk or restore', async () => {
    const id = await draftBy('volunteer.milano')
    const forged = { workflow: { stage: 'published', revision: 40 } }
    expect((await api.patch(`/practices/${id}?draft=true`, forged, { as: 'volunteer.milano' })).status).toBe(
      200,
    )
    expect((await workflow(id, 'volunteer.milano')).body).toMatchObject({ stage: 'draft', revision: 0 })
    expect(
      (await api.patch(`/practices/${id}?draft=true`, { _status: 'published' }, { as: 'admin' })).status,
    ).toBe(403)
    expect(
      (await api.post('/practices', { ...complete('Furba'), ...forged }, { as: 'volunteer.milano' })).body.doc
        ?.workflow?.stage ?? 'draft',
    ).toBe('draft')
    expect(
      (
        await api.patch(
          '/practices?where[id][exists]=true&draft=true',
          { _status: 'published' },
          { as: 'admin' },
        )
      ).status,
    ).toBe(403)
    const versions = await ctx.payload.findVersions({
      collection: 'practices',
      where: { parent: { equals: id } },
      limit: 1,
    })
    expect(
      (await api.post(`/practices/versions/${versions.docs[0]!.id}`, {}, { as: 'volunteer.milano' })).status,
    ).toBe(403)
    expect((await api.get(`/practices/${id}`)).status).toBe(404)
  })

  it('GraphQL updatePractice cannot publish or move the workflow; the database shows nothing changed', async () => {
    const id = await draftBy('volunteer.milano', 'Via GraphQL')
    const stored = () => ctx.payload.findByID({ collection: 'practices', id, draft: true, depth: 0 })
    const before = await stored()
    const update = (data: string, as: string) =>
      api.graphql(
        `mutation { updatePractice(id: ${JSON.stringify(id)}, draft: true, data: ${data}) { id _status workflow { stage revision } } }`,
        { as },
      )

    for (const as of ['volunteer.milano', 'admin']) {
      const published = await update('{ _status: published }', as)
      expect(published.body.data?.updatePractice ?? null, as).toBeNull()
      expect(JSON.stringify(published.body.errors), as).toMatch(/final approval/)
    }
    expect(await stored()).toEqual(before)

    const forged = await update(
      '{ title: "Via GraphQL, again", workflow: { stage: published, revision: 40, returnTo: "national_review" } }',
      'volunteer.milano',
    )
    expect(forged.body.errors ?? [], JSON.stringify(forged.body)).toEqual([])
    const after = await stored()
    expect(after.title).toBe('Via GraphQL, again')
    expect(after._status).toBe('draft')
    expect(after.workflow).toEqual(before.workflow)
    expect(await events(id)).toHaveLength(0)
    expect((await api.get(`/practices/${id}`)).status).toBe(404)
  })

  it('GraphQL createPractice cannot start published or inside the workflow', async () => {
    const create = (title: string, extra: string) =>
      api.graphql(
        `mutation { createPractice(draft: true, data: { title: "${title}"${extra} }) { id _status workflow { stage revision } } }`,
        { as: 'volunteer.milano' },
      )
    const count = async (title: string) =>
      (await ctx.payload.count({ collection: 'practices', where: { title: { equals: title } } })).totalDocs

    const published = await create('Subito pubblica', ', _status: published')
    expect(published.body.data?.createPractice ?? null).toBeNull()
    expect(JSON.stringify(published.body.errors)).toMatch(/final approval/)
    expect(await count('Subito pubblica')).toBe(0)

    const forged = await create('Già approvata', ', workflow: { stage: national_review, revision: 12 }')
    const id = forged.body.data?.createPractice?.id
    expect(id, JSON.stringify(forged.body)).toBeDefined()
    const stored = await ctx.payload.findByID({ collection: 'practices', id, draft: true, depth: 0 })
    expect(stored._status).toBe('draft')
    expect(stored.workflow).toMatchObject({ stage: 'draft', revision: 0 })
    expect(await events(id)).toHaveLength(0)
  })

  it('the history is immutable, for administrators too', async () => {
    const id = await draftBy('volunteer.milano')
    await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    const [event] = await events(id)
    expect(
      (await api.patch(`/workflow-events/${event!.id}`, { comment: 'riscritta' }, { as: 'admin' })).status,
    ).toBe(403)
    expect((await api.del(`/workflow-events/${event!.id}`, { as: 'admin' })).status).toBe(403)
    expect(
      (
        await api.post(
          '/workflow-events',
          {
            itemCollection: 'practices',
            document: String(id),
            revision: 5,
            action: 'approve',
            from: 'local_review',
            to: 'published',
          },
          { as: 'admin' },
        )
      ).status,
    ).toBe(403)
    expect(await events(id)).toHaveLength(1)
  })

  it('an administrator overrides a stuck item only with a comment, and it is recorded', async () => {
    const id = await draftBy('volunteer.milano')
    await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')
    expect((await act(id, { action: 'override', revision: 1, to: 'regional_review' }, 'admin')).status).toBe(
      400,
    )
    expect(
      (
        await act(
          id,
          { action: 'override', revision: 1, to: 'regional_review', comment: 'Validatore locale assente' },
          'admin',
        )
      ).body.stage,
    ).toBe('regional_review')
    expect(
      (
        await act(
          id,
          { action: 'override', revision: 2, to: 'published', comment: 'x' },
          'validator.national',
        )
      ).status,
    ).toBe(403)
    const last = (await workflow(id, 'admin')).body.history.at(-1)
    expect(last).toMatchObject({ action: 'override', role: 'admin', comment: 'Validatore locale assente' })
  })

  it('a national validator archives a published practice with a comment; it leaves the public catalogue', async () => {
    const published = await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      limit: 1,
      depth: 0,
    })
    const id = published.docs[0]!.id
    const state = (await workflow(id, 'validator.national')).body
    expect(state.allowedActions).toContain('archive')
    expect(
      (await act(id, { action: 'archive', revision: state.revision }, 'validator.national')).status,
    ).toBe(400)
    expect(
      (
        await act(
          id,
          { action: 'archive', revision: state.revision, comment: 'Attività conclusa' },
          'validator.lombardia',
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await act(
          id,
          { action: 'archive', revision: state.revision, comment: 'Attività conclusa' },
          'validator.national',
        )
      ).body.stage,
    ).toBe('archived')
    expect((await api.get(`/practices/${id}`)).status).toBe(404)
    const archived = (await events(id)).find((e) => e.action === 'archive')
    expect(archived).toMatchObject({ userRole: 'validator', userLevel: 'national' })
  })
})
