import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser } from './helpers/demoUsers'
import { extraHubReviewer } from './helpers/extraHubReviewer'
import { ideaAt } from './helpers/ideaAt'
import { injectTransactionFaults, type InjectedFaults } from './helpers/injectTransactionFaults'
import { writeConflictError } from './helpers/mongoDriverErrors'
import { restClient, type RestClient } from './helpers/restClient'

type Id = number | string

let ctx: TestContext
let api: RestClient
let injected: InjectedFaults | undefined
let serial = 0
const title = (what: string) => `${what} ${Date.now().toString(36)}${serial++}`

beforeAll(async () => {
  process.env.RATE_LIMIT_SUBMISSIONS = 'off'
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  await extraHubReviewer(ctx.payload)
})
afterEach(() => {
  injected?.restore()
  injected = undefined
})
afterAll(async () => {
  delete process.env.RATE_LIMIT_SUBMISSIONS
  await ctx?.payload.destroy()
})

const read = (id: Id) => ctx.payload.findByID({ collection: 'ideas', id, depth: 0, draft: true })
const events = async (id: Id) =>
  (
    await ctx.payload.find({
      collection: 'workflow-events',
      where: { and: [{ itemCollection: { equals: 'ideas' } }, { document: { equals: String(id) } }] },
      sort: 'createdAt',
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs
const act = async (id: Id, as: string, action: string, extra: Record<string, unknown> = {}) => {
  const revision = (await read(id)).workflow?.revision ?? 0
  return api.post(`/ideas/${id}/workflow`, { action, revision, ...extra }, { as })
}
const openChallenge = async () =>
  (
    await ctx.payload.create({
      collection: 'challenges',
      data: {
        title: title('Sfida aperta'),
        problem: 'Il problema.',
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    })
  ).id

describe('ideas: the Innovation Hub pipeline (staged-approval steps)', () => {
  it('a volunteer drafts with a title alone, submits to an open challenge, and the Hub’s reviewers take it to scaled', async () => {
    const challenge = await openChallenge()
    const draft = await api.post(
      '/ideas?draft=true',
      { title: title('Idea'), challenge },
      { as: 'volunteer.milano' },
    )
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const id = draft.body.doc.id as Id
    const incomplete = await act(id, 'volunteer.milano', 'submit')
    expect(incomplete.status).toBe(400)
    expect(JSON.stringify(incomplete.body)).toContain('problem')
    const filled = await api.patch(
      `/ideas/${id}?draft=true`,
      { problem: 'P.', solution: 'S.', beneficiaries: 'B.', needs: 'N.' },
      { as: 'volunteer.milano' },
    )
    expect(filled.status, JSON.stringify(filled.body)).toBe(200)
    expect((await act(id, 'volunteer.milano', 'submit')).body.stage).toBe('submitted')
    // Nobody outside the Hub's reviewers decides, nor anyone in the team.
    expect([403, 404]).toContain((await act(id, 'validator.national', 'approve')).status)
    expect((await act(id, 'volunteer.milano', 'approve')).status).toBe(403)
    expect((await act(id, 'hub.reviewer', 'approve')).body.stage).toBe('screening')
    expect((await act(id, 'hub.reviewer2', 'approve')).body.stage).toBe('incubation')
    expect((await act(id, 'admin', 'approve')).body.stage).toBe('pilot')
    // The plugin's four eyes: each reviewer decides once per round.
    expect((await act(id, 'hub.reviewer', 'approve')).status).toBe(403)
    const scaled = await act(id, 'hub.reviewer3', 'approve')
    expect(scaled.body.stage).toBe('published')
    const stored = await read(id)
    expect(stored._status).toBe('published')
    expect((await events(id)).map((event) => `${event.from}→${event.to}`)).toEqual([
      'draft→submitted',
      'submitted→screening',
      'screening→incubation',
      'incubation→pilot',
      'pilot→published',
    ])
    expect((await events(id)).map((event) => event.userRole)).toEqual([
      'author',
      'hubReviewer',
      'hubReviewer',
      'validator',
      'hubReviewer',
    ])
    // The history is immutable.
    const first = (await events(id))[0]!
    expect((await api.patch(`/workflow-events/${first.id}`, { comment: 'x' }, { as: 'admin' })).status).toBe(
      403,
    )
  })

  it('a declined idea says why (the reason is required); a closed challenge takes no idea', async () => {
    const id = await ideaAt({ payload: ctx.payload, stage: 'screening', title: title('Da rifiutare') })
    expect((await act(id, 'hub.reviewer2', 'reject')).status).toBe(400)
    const declined = await act(id, 'hub.reviewer2', 'reject', { comment: 'Esiste già un servizio simile.' })
    expect(declined.body.stage).toBe('rejected')
    expect((await events(id)).at(-1)?.comment).toBe('Esiste già un servizio simile.')
    const closed = await ctx.payload.create({
      collection: 'challenges',
      data: {
        title: title('Sfida chiusa'),
        problem: 'Il problema.',
        opensAt: '2020-01-01T00:00:00.000Z',
        closesAt: '2020-02-01T00:00:00.000Z',
      },
    })
    const late = await ideaAt({
      payload: ctx.payload,
      stage: 'draft',
      title: title('Tardiva'),
      challenge: closed.id,
    })
    const refused = await act(late, 'volunteer.milano', 'submit')
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('challenge')
    expect((await read(late)).workflow?.stage ?? 'draft').toBe('draft')
  })

  it('of 15 parallel approvals at one revision exactly one wins (one event); a stale revision is a 409', async () => {
    const id = await ideaAt({ payload: ctx.payload, stage: 'submitted', title: title('Concorrenza') })
    const revision = (await read(id)).workflow!.revision
    const who = ['hub.reviewer', 'hub.reviewer2', 'admin']
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, n) =>
        api.post(`/ideas/${id}/workflow`, { action: 'approve', revision }, { as: who[n % 3] }),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true)
    expect((await events(id)).filter((event) => event.action === 'approve')).toHaveLength(1)
    expect((await read(id)).workflow?.stage).toBe('screening')
    const stale = await api.post(
      `/ideas/${id}/workflow`,
      { action: 'approve', revision },
      { as: 'hub.reviewer3' },
    )
    expect(stale.status).toBe(409)
  })
})

describe('ideas: mentors, progress notes and funding from incubation on', () => {
  it('mentors assigned at once are all kept, also after a write conflict; only reviewers assign, never before incubation', async () => {
    const early = await ideaAt({ payload: ctx.payload, stage: 'screening', title: title('Presto') })
    const mentorIds = await Promise.all(
      ['validator.milano', 'validator.lombardia', 'validator.national', 'editor', 'volunteer.roma'].map(
        async (name) => (await demoUser(ctx.payload, name)).id,
      ),
    )
    expect(
      (await api.post(`/ideas/${early}/mentors`, { mentor: mentorIds[0] }, { as: 'hub.reviewer' })).status,
    ).toBe(400)
    const id = await ideaAt({ payload: ctx.payload, stage: 'incubation', title: title('Mentori') })
    expect(
      (await api.post(`/ideas/${id}/mentors`, { mentor: mentorIds[0] }, { as: 'volunteer.milano' })).status,
    ).toBe(403)
    const team = await demoUser(ctx.payload, 'volunteer.milano')
    expect((await api.post(`/ideas/${id}/mentors`, { mentor: team.id }, { as: 'hub.reviewer' })).status).toBe(
      400,
    )
    injected = injectTransactionFaults(ctx.payload, [
      { operation: 'updateOne', collection: 'ideas', times: 1, error: writeConflictError },
    ])
    const answers = await Promise.all(
      [...mentorIds, ...mentorIds].map((mentor, n) =>
        api.post(`/ideas/${id}/mentors`, { mentor }, { as: n % 2 ? 'hub.reviewer' : 'hub.reviewer2' }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200))
    const stored = (await read(id)).mentors!.map(String).sort()
    expect(stored).toEqual(mentorIds.map(String).sort())
    // A mentor now reads the idea; others still do not.
    expect((await api.get(`/ideas/${id}?draft=true`, { as: 'validator.milano' })).status).toBe(200)
    expect((await api.get(`/ideas/${id}?draft=true`, { as: 'volunteer.torino' })).status).toBe(404)
  })

  it('the admin panel’s way: reviewers assign and remove a mentor by e-mail, and read who mentors it by name', async () => {
    const id = await ideaAt({ payload: ctx.payload, stage: 'incubation', title: title('Per posta') })
    const mentor = await demoUser(ctx.payload, 'validator.lazio')
    const assigned = await api.post(
      `/ideas/${id}/mentors`,
      { mentorEmail: ' Validator.Lazio@redcloud.example.org ' },
      { as: 'hub.reviewer' },
    )
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    expect(assigned.body).toEqual({
      mentors: [mentor.id],
      names: [{ id: mentor.id, name: mentor.displayName }],
    })
    for (const mentorEmail of [
      'nobody@redcloud.example.org',
      'not an address',
      42,
      { $ne: '' },
      'a'.repeat(300),
    ]) {
      const refused = await api.post(`/ideas/${id}/mentors`, { mentorEmail }, { as: 'hub.reviewer' })
      expect(refused.status, JSON.stringify(mentorEmail)).toBe(400)
      expect(refused.body.errors[0].data.errors[0].path).toBe('mentorEmail')
    }
    expect(
      (
        await api.post(
          `/ideas/${id}/mentors`,
          { mentorEmail: 'validator.lazio@redcloud.example.org' },
          { as: 'volunteer.milano' },
        )
      ).status,
    ).toBe(403)
    const removed = await api.post(
      `/ideas/${id}/mentors`,
      { mentorEmail: 'validator.lazio@redcloud.example.org', remove: true },
      { as: 'hub.reviewer' },
    )
    expect(removed.body).toEqual({ mentors: [], names: [] })
  })

  it('15 notes written at once are all kept; the team and mentors write, others cannot; nobody edits a note', async () => {
    const id = await ideaAt({ payload: ctx.payload, stage: 'incubation', title: title('Note') })
    const mentor = await demoUser(ctx.payload, 'validator.milano')
    expect(
      (await api.post(`/ideas/${id}/mentors`, { mentor: mentor.id }, { as: 'hub.reviewer' })).status,
    ).toBe(200)
    const writers = ['volunteer.milano', 'validator.milano', 'hub.reviewer']
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, n) =>
        api.post('/idea-notes', { idea: id, note: `Nota ${n}` }, { as: writers[n % 3] }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201))
    const notes = await ctx.payload.find({
      collection: 'idea-notes',
      where: { idea: { equals: id } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(notes.docs.map((note) => note.note).sort()).toEqual(
      Array.from({ length: 15 }, (_, n) => `Nota ${n}`).sort(),
    )
    expect(notes.docs.find((note) => note.note === 'Nota 1')?.authorName).toBe(mentor.displayName)
    const outsider = await api.post('/idea-notes', { idea: id, note: 'Intruso' }, { as: 'volunteer.torino' })
    expect(outsider.status).toBe(403)
    const edit = await api.patch(
      `/idea-notes/${notes.docs[0]!.id}`,
      { note: 'Riscritta' },
      { as: 'volunteer.milano' },
    )
    expect(edit.status).toBe(403)
    // The team and mentors read the notes; a member outside does not; anonymous callers never.
    expect(
      (await api.get(`/idea-notes?limit=50&where[idea][equals]=${id}`, { as: 'validator.milano' })).body.docs,
    ).toHaveLength(15)
    expect(
      (await api.get(`/idea-notes?where[idea][equals]=${id}`, { as: 'volunteer.torino' })).body.docs,
    ).toHaveLength(0)
    expect((await api.get(`/idea-notes?where[idea][equals]=${id}`)).status).toBe(403)
  })

  it('funding: the team enters its crowdfunding and its progress; mentors read it but do not write', async () => {
    const id = await ideaAt({ payload: ctx.payload, stage: 'incubation', title: title('Fondi') })
    const mentor = await demoUser(ctx.payload, 'validator.milano')
    await api.post(`/ideas/${id}/mentors`, { mentor: mentor.id }, { as: 'hub.reviewer' })
    const created = await api.post(
      '/idea-funding',
      {
        idea: id,
        source: 'crowdfunding',
        amountAsked: 5000,
        crowdfundingUrl: 'https://example.org/campagna',
        crowdfundingTarget: 5000,
        crowdfundingRaised: 100,
      },
      { as: 'volunteer.milano' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const entry = created.body.doc.id as Id
    expect(
      (await api.patch(`/idea-funding/${entry}`, { crowdfundingRaised: 1250 }, { as: 'volunteer.milano' }))
        .status,
    ).toBe(200)
    expect(
      (await api.patch(`/idea-funding/${entry}`, { crowdfundingRaised: 9 }, { as: 'validator.milano' }))
        .status,
    ).toBe(403)
    expect(
      (await api.post('/idea-funding', { idea: id, source: 'grant' }, { as: 'validator.milano' })).status,
    ).toBe(403)
    expect(
      (await api.get(`/idea-funding/${entry}`, { as: 'validator.milano' })).body.crowdfundingRaised,
    ).toBe(1250)
    expect((await api.get(`/idea-funding/${entry}`, { as: 'volunteer.torino' })).status).toBe(404)
  })
})

describe('ideas: public from pilot when the team shows it, and graduation', () => {
  it('the team shows a pilot idea: anonymous visitors read it without its people; hidden again; not before pilot', async () => {
    const early = await ideaAt({ payload: ctx.payload, stage: 'incubation', title: title('Non ancora') })
    expect(
      (await api.post(`/ideas/${early}/visibility`, { showPublicly: true }, { as: 'volunteer.milano' }))
        .status,
    ).toBe(400)
    const id = await ideaAt({ payload: ctx.payload, stage: 'pilot', title: title('Pilota') })
    expect((await api.get(`/ideas/${id}`)).status).toBe(404)
    expect(
      (await api.post(`/ideas/${id}/visibility`, { showPublicly: true }, { as: 'hub.reviewer' })).status,
    ).toBe(403)
    const shown = await api.post(
      `/ideas/${id}/visibility`,
      { showPublicly: true },
      { as: 'volunteer.milano' },
    )
    expect(shown.status, JSON.stringify(shown.body)).toBe(200)
    const publicView = await api.get(`/ideas/${id}?depth=2`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.title).toContain('Pilota')
    for (const field of ['author', 'team', 'mentors']) expect(publicView.body[field]).toBeUndefined()
    const list = await api.get(`/ideas?where[id][equals]=${id}`)
    expect(list.body.docs).toHaveLength(1)
    expect((await api.get(`/ideas/versions?where[parent][equals]=${id}`)).status).toBe(403)
    await api.post(`/ideas/${id}/visibility`, { showPublicly: false }, { as: 'volunteer.milano' })
    expect((await api.get(`/ideas?where[id][equals]=${id}`)).body.docs).toHaveLength(0)
  })

  it('a scaled idea graduates once into a draft practice of the team’s unit, prefilled and linked; not before', async () => {
    const pilot = await ideaAt({ payload: ctx.payload, stage: 'pilot', title: title('Non scalata') })
    expect((await api.post(`/ideas/${pilot}/graduate`, {}, { as: 'volunteer.milano' })).status).toBe(400)
    const id = await ideaAt({ payload: ctx.payload, stage: 'published', title: title('Scalata') })
    expect((await api.post(`/ideas/${id}/graduate`, {}, { as: 'volunteer.torino' })).status).toBe(404)
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => api.post(`/ideas/${id}/graduate`, {}, { as: 'volunteer.milano' })),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409])
    const practiceId = answers.find((answer) => answer.status === 201)!.body.id as Id
    const idea = await read(id)
    expect(String(idea.graduatedTo)).toBe(String(practiceId))
    expect(idea._status).toBe('published')
    const practice = await ctx.payload.findByID({
      collection: 'practices',
      id: practiceId,
      depth: 0,
      draft: true,
      locale: 'it',
    })
    const author = await demoUser(ctx.payload, 'volunteer.milano')
    expect(practice._status).toBe('draft')
    expect(practice.title).toBe(idea.title)
    expect(practice.summary).toBe('Il problema.')
    expect(String(practice.author)).toBe(String(author.id))
    expect(String(practice.unit)).toBe(String(author.unit))
    expect(JSON.stringify(practice.description)).toContain('La soluzione.')
    const practices = await ctx.payload.count({
      collection: 'practices',
      where: { title: { equals: idea.title } },
    })
    expect(practices.totalDocs).toBe(1)
  })
})
