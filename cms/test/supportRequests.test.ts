import { transition } from '@redcloud/plugin-staged-approval'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { idOf } from '../src/contract/idOf'
import { outbox } from '../src/email/outbox'
import { runSupportProgressDigest } from '../src/notifications/runSupportProgressDigest'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail, demoUser, unitId } from './helpers/demoUsers'
import { injectTransactionFaults } from './helpers/injectTransactionFaults'
import { writeConflictError } from './helpers/mongoDriverErrors'
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

let serial = 0
/** A new request of `as`'s unit, created and (unless `draft`) submitted through REST. */
const request = async (as: string, { draft = false } = {}): Promise<Id> => {
  const created = await api.post(
    '/support-requests',
    {
      title: `Aiuto per la raccolta fondi ${serial++}`,
      type: 'fundraising',
      description: 'Una nuova ambulanza.',
    },
    { as },
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as Id
  if (!draft) expect((await act(id, 'submit', as)).status).toBe(200)
  return id
}
const state = async (id: Id) =>
  ctx.payload.findByID({ collection: 'support-requests', id, depth: 0, draft: true, overrideAccess: true })
const act = async (id: Id, action: string, as: string | undefined, extra: object = {}) =>
  api.post(
    `/support-requests/${id}/workflow`,
    { action, revision: (await state(id)).workflow?.revision ?? 0, ...extra },
    { as },
  )
const desk = (id: Id, body: object, as: string | undefined) =>
  api.post(`/support-requests/${id}/desk`, body, { as })
const accepted = async (as = 'volunteer.milano') => {
  const id = await request(as)
  expect((await act(id, 'approve', 'validator.lombardia')).status).toBe(200)
  expect((await act(id, 'approve', 'desk.officer')).status).toBe(200)
  return id
}
const unitIdOf = (user: { unit?: unknown }) => idOf(user.unit) as Id
const fieldOf = (body: { errors?: { data?: { errors?: { path?: string }[] }; message?: string }[] }) =>
  body.errors?.[0]?.data?.errors?.[0]?.path

describe('support requests: the requester', () => {
  it('the unit and author are the requester’s, whatever the body says; urgency defaults to normal', async () => {
    const roma = await unitId(ctx.payload, 'LAZ-RM')
    const admin = await demoUser(ctx.payload, 'admin')
    const created = await api.post(
      '/support-requests',
      { title: 'Piano di formazione', type: 'trainingPlan', unit: roma, author: admin.id, progress: 'done' },
      { as: 'volunteer.milano' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const stored = await state(created.body.doc.id)
    const me = await demoUser(ctx.payload, 'volunteer.milano')
    expect(String(stored.unit)).toBe(String(me.unit))
    expect(String(stored.author)).toBe(String(me.id))
    expect(stored.urgency).toBe('normal')
    expect(stored.progress ?? null).toBeNull()
    expect(stored.workflow?.stage).toBe('draft')
  })

  it('refuses bad input with 400 naming the field, never a 500', async () => {
    for (const [body, field] of [
      [{ type: 'fundraising' }, 'title'],
      [{ title: 'x', type: 'money' }, 'type'],
      [{ title: 'x', type: 'other', urgency: 'yesterday' }, 'urgency'],
      [{ title: 'x'.repeat(201), type: 'other' }, 'title'],
      [{ title: 'x', type: 'other', description: 'y'.repeat(4001) }, 'description'],
    ] as const) {
      const response = await api.post('/support-requests', body, { as: 'volunteer.milano' })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(fieldOf(response.body)).toBe(field)
    }
  })
})

describe('support requests: the chain (endorsement → acceptance)', () => {
  it('endorsed by the regional committee above, accepted by the desk: published, in progress, assigned', async () => {
    const id = await request('volunteer.milano')
    expect((await state(id)).workflow?.stage).toBe('endorsement')
    // The plugin e-mails the endorsing committee's validators.
    expect(outbox.map((mail) => mail.to)).toEqual([demoEmail('validator.lombardia')])
    outbox.length = 0
    for (const who of [
      'validator.milano',
      'validator.lazio',
      'validator.national',
      'desk.officer',
      'admin',
      'volunteer.milano',
    ]) {
      const answer = await act(id, 'approve', who)
      expect([403, 404], who).toContain(answer.status)
    }
    expect((await act(id, 'approve', 'validator.lombardia')).status).toBe(200)
    expect((await state(id)).workflow?.stage).toBe('acceptance')
    const recipients = outbox.map((mail) => mail.to).sort()
    expect(recipients).toEqual([demoEmail('desk.officer'), demoEmail('volunteer.milano')].sort())
    outbox.length = 0
    for (const who of ['validator.lombardia', 'validator.national', 'volunteer.milano'])
      expect([403, 404], who).toContain((await act(id, 'approve', who)).status)
    expect((await act(id, 'approve', 'desk.officer')).status).toBe(200)
    const stored = await state(id)
    const officer = await demoUser(ctx.payload, 'desk.officer')
    expect(stored._status).toBe('published')
    expect(stored.progress).toBe('inProgress')
    expect(String(stored.deskOfficer)).toBe(String(officer.id))
    expect(stored.deskOfficerName).toBe(officer.displayName)
    // The requester hears the decision.
    expect(outbox.map((mail) => mail.to)).toContain(demoEmail('volunteer.milano'))
    const events = await ctx.payload.find({
      collection: 'workflow-events',
      where: {
        and: [{ itemCollection: { equals: 'support-requests' } }, { document: { equals: String(id) } }],
      },
      sort: 'createdAt',
      depth: 0,
    })
    expect(events.docs.map((event) => `${event.action}:${event.to}:${event.userRole}`)).toEqual([
      'submit:endorsement:author',
      'approve:acceptance:validator',
      'approve:published:deskOfficer',
    ])
  })

  it('both steps may send it back or decline it (comment required); the requester resubmits to the step that asked', async () => {
    const id = await request('volunteer.milano')
    expect((await act(id, 'request_changes', 'validator.lombardia')).status).toBe(400)
    expect((await act(id, 'request_changes', 'validator.lombardia', { comment: 'Per chi?' })).status).toBe(
      200,
    )
    expect((await act(id, 'resubmit', 'volunteer.milano')).status).toBe(200)
    expect((await act(id, 'approve', 'validator.lombardia')).status).toBe(200)
    expect((await act(id, 'request_changes', 'desk.officer', { comment: 'Quale scadenza?' })).status).toBe(
      200,
    )
    expect((await act(id, 'resubmit', 'volunteer.milano')).status).toBe(200)
    expect((await state(id)).workflow?.stage).toBe('acceptance')
    expect(
      (await act(id, 'reject', 'desk.officer', { comment: 'Non è compito dello sportello.' })).status,
    ).toBe(200)
    expect((await state(id)).workflow?.stage).toBe('rejected')
    expect(
      (await api.patch(`/support-requests/${id}`, { title: 'Altro' }, { as: 'volunteer.milano' })).status,
    ).toBeGreaterThanOrEqual(400)
  })

  it('a regional committee’s own request is endorsed by its own validators; the author never decides', async () => {
    // validator.lombardia asks for LOM: nobody else validates LOM in the demo, so it waits for an override.
    const id = await request('validator.lombardia')
    expect((await act(id, 'approve', 'validator.lombardia')).status).toBe(403)
    expect((await act(id, 'approve', 'validator.national')).status).toBe(403)
    const queue = await api.get('/workflow/queue', { as: 'validator.lombardia' })
    expect(queue.body.items.map((item: { id: Id }) => String(item.id))).not.toContain(String(id))
    // The desk officer's own request (national committee): endorsed nationally, never accepted by them.
    const own = await request('desk.officer')
    expect((await act(own, 'approve', 'validator.national')).status).toBe(200)
    expect((await act(own, 'approve', 'desk.officer')).status).toBe(403)
    expect((await act(own, 'approve', 'admin')).status).toBe(200)
  })

  it('409 on a stale revision; parallel acceptances: exactly one wins, one event', async () => {
    const id = await request('volunteer.milano')
    const revision = (await state(id)).workflow!.revision!
    expect((await act(id, 'approve', 'validator.lombardia')).status).toBe(200)
    const stale = await api.post(
      `/support-requests/${id}/workflow`,
      { action: 'approve', revision },
      { as: 'desk.officer' },
    )
    expect(stale.status).toBe(409)
    const current = (await state(id)).workflow!.revision!
    const answers = await Promise.all(
      ['desk.officer', 'admin'].map((as) =>
        api.post(`/support-requests/${id}/workflow`, { action: 'approve', revision: current }, { as }),
      ),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    const events = await ctx.payload.count({
      collection: 'workflow-events',
      where: {
        and: [
          { itemCollection: { equals: 'support-requests' } },
          { document: { equals: String(id) } },
          { from: { equals: 'acceptance' } },
        ],
      },
    })
    expect(events.totalDocs).toBe(1)
  })

  it('the queue: the endorsing validators and the desk, each at their step', async () => {
    const id = await request('volunteer.milano')
    const ids = async (as: string) =>
      (await api.get('/workflow/queue', { as })).body.items
        .filter((item: { collection: string }) => item.collection === 'support-requests')
        .map((item: { id: Id }) => String(item.id))
    expect(await ids('validator.lombardia')).toContain(String(id))
    for (const who of ['validator.milano', 'validator.lazio', 'validator.national', 'desk.officer'])
      expect(await ids(who), who).not.toContain(String(id))
    expect((await act(id, 'approve', 'validator.lombardia')).status).toBe(200)
    expect(await ids('desk.officer')).toContain(String(id))
    expect(await ids('validator.lombardia')).not.toContain(String(id))
    const workflow = await api.get(`/support-requests/${id}/workflow`, { as: 'desk.officer' })
    expect(workflow.body.allowedActions).toEqual(
      expect.arrayContaining(['approve', 'request_changes', 'reject']),
    )
    expect((await api.get(`/support-requests/${id}/workflow`, { as: 'volunteer.roma' })).status).toBe(404)
  })

  it('the Local API walks the chain too (as the demo data does)', async () => {
    const id = await request('volunteer.milano', { draft: true })
    const req = { payload: ctx.payload, collection: 'support-requests' as const, id, notify: false }
    await transition({ ...req, action: 'submit', user: await demoUser(ctx.payload, 'volunteer.milano') })
    await transition({ ...req, action: 'approve', user: await demoUser(ctx.payload, 'validator.lombardia') })
    await transition({ ...req, action: 'approve', user: await demoUser(ctx.payload, 'desk.officer') })
    expect((await state(id))._status).toBe('published')
  })
})

describe('support requests: the desk’s follow-up (POST /support-requests/:id/desk)', () => {
  it('only once accepted, only by the desk: progress and dated notes the unit reads', async () => {
    const waiting = await request('volunteer.milano')
    const early = await desk(waiting, { progress: 'done' }, 'admin')
    expect(early.status).toBe(400)
    expect(fieldOf(early.body)).toBe('progress')
    const id = await accepted()
    expect((await desk(id, { progress: 'done' }, undefined)).status).toBe(401)
    expect((await desk(id, { progress: 'done' }, 'volunteer.roma')).status).toBe(404)
    for (const who of ['volunteer.milano', 'validator.lombardia', 'validator.national'])
      expect((await desk(id, { progress: 'done' }, who)).status, who).toBe(403)
    const bad = await desk(id, { progress: 'finished' }, 'desk.officer')
    expect(fieldOf(bad.body)).toBe('progress')
    expect(fieldOf((await desk(id, { note: '   ' }, 'desk.officer')).body)).toBe('progressNotes')
    const done = await desk(
      id,
      { progress: 'done', note: 'Campagna avviata: 40 lettere inviate.' },
      'desk.officer',
    )
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    const stored = await state(id)
    expect(stored._status).toBe('published')
    expect(stored.workflow?.stage).toBe('published')
    expect(stored.progress).toBe('done')
    expect(stored.progressNotes?.[0]).toMatchObject({ note: 'Campagna avviata: 40 lettere inviate.' })
    expect(stored.progressNotes?.[0]?.authorName).toBe(
      (await demoUser(ctx.payload, 'desk.officer')).displayName,
    )
    const seen = await api.get(`/support-requests/${id}?depth=0`, { as: 'volunteer.milano' })
    expect(seen.body.progressNotes[0].note).toBe('Campagna avviata: 40 lettere inviate.')
    expect(seen.body.deskOfficerName).toBeTruthy()
  })

  it('the desk officer must hold the role: 400 naming deskOfficer, by the endpoint and by a write', async () => {
    const id = await accepted()
    const member = await demoUser(ctx.payload, 'volunteer.roma')
    const answer = await desk(id, { deskOfficer: member.id }, 'desk.officer')
    expect(answer.status).toBe(400)
    expect(fieldOf(answer.body)).toBe('deskOfficer')
    const draft = await request('volunteer.milano', { draft: true })
    const written = await api.patch(`/support-requests/${draft}`, { deskOfficer: member.id }, { as: 'admin' })
    expect(written.status).toBe(400)
    expect(fieldOf(written.body)).toBe('deskOfficer')
    expect((await state(draft)).deskOfficer ?? null).toBeNull()
  })

  it('nobody writes progress or the officer by a PATCH: members’ values are dropped, an accepted request is not revised', async () => {
    const draft = await request('volunteer.milano', { draft: true })
    const officer = await demoUser(ctx.payload, 'desk.officer')
    const patched = await api.patch(
      `/support-requests/${draft}`,
      { progress: 'done', deskOfficer: officer.id, progressNotes: [{ date: '2026-01-01', note: 'Fatto' }] },
      { as: 'volunteer.milano' },
    )
    expect(patched.status).toBe(200)
    const stored = await state(draft)
    expect(stored.progress ?? null).toBeNull()
    expect(stored.deskOfficer ?? null).toBeNull()
    expect(stored.progressNotes ?? []).toEqual([])
    const adminEarly = await api.patch(`/support-requests/${draft}`, { progress: 'done' }, { as: 'admin' })
    expect(adminEarly.status).toBe(400)
    expect(fieldOf(adminEarly.body)).toBe('progress')
    const id = await accepted()
    expect([403, 404]).toContain(
      (await api.patch(`/support-requests/${id}`, { title: 'Altro' }, { as: 'volunteer.milano' })).status,
    )
    expect((await api.patch(`/support-requests/${id}`, { title: 'Altro' }, { as: 'admin' })).status).toBe(400)
    expect((await state(id)).workflow?.stage).toBe('published')
  })

  it('notes added at the same moment are all kept (one transaction each, under MongoDB’s rules)', async () => {
    const id = await accepted()
    const notes = Array.from({ length: 15 }, (_, i) => `Nota parallela ${i + 1}`)
    const answers = await Promise.all(notes.map((note) => desk(id, { note }, 'desk.officer')))
    for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const stored = await state(id)
    expect((stored.progressNotes ?? []).map((n) => n.note).sort()).toEqual([...notes].sort())
    expect(stored.workflow?.stage).toBe('published')
    expect(stored._status).toBe('published')

    // MongoDB: a note that loses a write conflict is run again whole, with the list as it is then.
    const injected = injectTransactionFaults(ctx.payload, [
      { operation: 'updateOne', collection: 'support-requests', times: 2, error: writeConflictError },
    ])
    try {
      const again = await desk(id, { note: 'Dopo un conflitto' }, 'desk.officer')
      expect(again.status, JSON.stringify(again.body)).toBe(200)
      expect(injected.calls()[0]!.thrown).toBe(2)
    } finally {
      injected.restore()
    }
    const after = (await state(id)).progressNotes ?? []
    expect(after.map((n) => n.note).filter((n) => n === 'Dopo un conflitto')).toHaveLength(1)
    expect(after).toHaveLength(notes.length + 1)
  })

  it('a progress change e-mails the requester and the unit’s contact; a digest reader hears it the next morning', async () => {
    const id = await accepted()
    const requester = await demoUser(ctx.payload, 'volunteer.milano')
    const unit = await ctx.payload.findByID({ collection: 'units', id: unitIdOf(requester), depth: 0 })
    const contact = unit.contact?.email
    expect(contact).toBeTruthy()
    outbox.length = 0
    expect((await desk(id, { note: 'Solo una nota.' }, 'desk.officer')).status).toBe(200)
    expect(outbox).toEqual([])
    expect((await desk(id, { progress: 'done' }, 'desk.officer')).status).toBe(200)
    expect(outbox.map((m) => m.to).sort()).toEqual([requester.email, contact].sort())
    const mail = outbox.find((m) => m.to === requester.email)!
    expect(mail.subject).toContain(String((await state(id)).title))
    expect(mail.text).toContain('/desk/support/')
    // the same progress again: nobody is told twice
    outbox.length = 0
    expect((await desk(id, { progress: 'done' }, 'desk.officer')).status).toBe(200)
    expect(outbox).toEqual([])

    await ctx.payload.update({ collection: 'users', id: requester.id, data: { notificationMode: 'daily' } })
    try {
      const later = await accepted()
      outbox.length = 0
      expect((await desk(later, { progress: 'done' }, 'desk.officer')).status).toBe(200)
      expect(outbox.map((m) => m.to)).toEqual([contact])
      // a later note keeps the mark (the write merges into a version that never had it cleared)
      expect((await desk(later, { note: 'Chiuso.' }, 'desk.officer')).status).toBe(200)
      outbox.length = 0
      expect(await runSupportProgressDigest({ payload: ctx.payload })).toEqual({ requesters: 1 })
      expect(outbox.map((m) => m.to)).toEqual([requester.email])
      expect(outbox[0]?.text).toContain(String((await state(later)).title))
      outbox.length = 0
      expect((await desk(later, { note: 'Ancora una nota.' }, 'desk.officer')).status).toBe(200)
      expect(await runSupportProgressDigest({ payload: ctx.payload })).toEqual({ requesters: 0 })
      expect(outbox).toEqual([])
    } finally {
      await ctx.payload.update({
        collection: 'users',
        id: requester.id,
        data: { notificationMode: 'immediate' },
      })
    }
  })
})
