import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp } from './startTestApp'

let app: Awaited<ReturnType<typeof startTestApp>> | undefined
let payload: Payload
let call: Awaited<ReturnType<typeof startTestApp>>['call']

beforeAll(async () => {
  app = await startTestApp()
  ;({ payload, call } = app)
})
afterAll(async () => {
  await app?.stop()
})

type Id = number | string

const draft = async (as: string, title: string) => {
  const response = await call('POST', '/ideas?draft=true', { as, body: { title } })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as Id
}
const act = (id: Id, as: string, body: Record<string, unknown>) =>
  call('POST', `/ideas/${id}/workflow`, { as, body })
const history = async (id: Id, as?: string) =>
  (await call('GET', `/ideas/${id}/workflow`, { as })).body as {
    scoring?: { criteria: string[]; required: boolean }
    flags?: string[]
    history: { action: string; scores?: Record<string, number> }[]
  }
const scored = (body: unknown) => JSON.stringify(body).includes('"novelty":')

describe('scoring (ideas: optional at screening, required at the pilot, read by reviewers)', () => {
  it('takes scores where allowed, requires them where required, stores them on the event', async () => {
    const id = await draft('reporter', 'Tool library')
    expect(
      (await act(id, 'reporter', { action: 'submit', revision: 0, scores: { novelty: 1 } })).status,
    ).toBe(400)
    expect((await act(id, 'reporter', { action: 'submit', revision: 0 })).status).toBe(200)
    const form = await history(id, 'branch')
    expect(form.scoring).toEqual({ criteria: ['novelty', 'feasibility'], min: 0, max: 3, required: false })
    expect(form.flags).toBeUndefined()
    expect((await act(id, 'branch', { action: 'approve', revision: 1, scores: { novelty: 3 } })).status).toBe(
      200,
    )

    const pilot = await history(id, 'admin')
    expect(pilot.scoring?.required).toBe(true)
    expect(pilot.flags).toEqual(['shortlisted'])
    const missing = await act(id, 'admin', { action: 'approve', revision: 2, scores: { novelty: 2 } })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toMatch(/"scores\.feasibility" is required/)
    const tooHigh = await act(id, 'admin', {
      action: 'approve',
      revision: 2,
      scores: { novelty: 2, feasibility: 7 },
    })
    expect(tooHigh.body.errors[0].message).toBe('"scores.feasibility" must be a whole number from 0 to 3.')
    expect(
      (await act(id, 'admin', { action: 'approve', revision: 2, scores: { novelty: 2, feasibility: 3 } }))
        .status,
    ).toBe(200)
    const { docs } = await payload.find({
      collection: 'workflow-events',
      where: { document: { equals: String(id) } },
      sort: 'revision',
    })
    expect(docs.map((event) => (event as { scores?: unknown }).scores ?? null)).toEqual([
      null,
      { novelty: 3 },
      { novelty: 2, feasibility: 3 },
    ])
  })

  it('only canRead reads them: in the history (never the author) and in the raw events', async () => {
    // Written by a reviewer: canRead says yes to reviewers, but not to the item's author.
    const id = await draft('branch', 'Repair café')
    expect((await act(id, 'branch', { action: 'submit', revision: 0 })).status).toBe(200)
    expect((await act(id, 'hq', { action: 'approve', revision: 1 })).status).toBe(403)
    await payload.update({
      collection: 'users',
      where: { email: { equals: 'hq@test.example' } },
      data: { level: 'branch' } as never,
    })
    expect((await act(id, 'hq', { action: 'approve', revision: 1, scores: { novelty: 2 } })).status).toBe(200)
    await payload.update({
      collection: 'users',
      where: { email: { equals: 'hq@test.example' } },
      data: { level: 'headquarters' } as never,
    })
    expect(scored(await history(id, 'hq'))).toBe(true)
    expect(scored(await history(id, 'branch'))).toBe(false) // the author
    expect(scored(await history(id, 'reporter'))).toBe(false)
    expect(scored(await history(id, 'admin'))).toBe(false) // a chief: not a reviewer
    // The raw history: the chief reads the events, never their scores (REST, by id, a where).
    const events = await call('GET', `/workflow-events?where[document][equals]=${id}`, { as: 'admin' })
    expect(events.status).toBe(200)
    expect(events.body.docs.length).toBe(2)
    expect(scored(events.body)).toBe(false)
    const byId = await call('GET', `/workflow-events/${events.body.docs[1].id}`, { as: 'admin' })
    expect(byId.body.scores ?? null).toBeNull()
    const probe = await call('GET', '/workflow-events?where[scores.novelty][equals]=2', { as: 'admin' })
    expect(scored(probe.body)).toBe(false)
    expect((await call('GET', '/workflow-events', { as: 'hq' })).status).toBe(403)
  })

  it('a decision flag only where declared; duringTransition refuses or writes the item with the transition', async () => {
    const id = await draft('reporter', 'Seed swap')
    expect((await act(id, 'reporter', { action: 'submit', revision: 0 })).status).toBe(200)
    const early = await act(id, 'branch', { action: 'approve', revision: 1, shortlisted: true })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].message).toBe('"shortlisted" is only given when deciding at pilot.')
    expect((await act(id, 'branch', { action: 'approve', revision: 1, shortlisted: 'yes' })).status).toBe(400)
    expect((await act(id, 'branch', { action: 'approve', revision: 1 })).status).toBe(200)
    const risky = await act(id, 'admin', {
      action: 'approve',
      revision: 2,
      scores: { novelty: 3, feasibility: 1 },
      shortlisted: true,
    })
    expect(risky.status).toBe(400)
    expect(risky.body.errors[0].message).toBe('Too risky to shortlist: feasibility below 2.')
    const stillPilot = await payload.findByID({ collection: 'ideas', id, draft: true })
    expect((stillPilot as { workflow?: { stage?: string } }).workflow?.stage).toBe('pilot')
    expect(
      (
        await act(id, 'admin', {
          action: 'approve',
          revision: 2,
          scores: { novelty: 3, feasibility: 2 },
          shortlisted: true,
        })
      ).status,
    ).toBe(200)
    const live = (await payload.findByID({ collection: 'ideas', id })) as { body?: string; _status?: string }
    expect(live).toMatchObject({ _status: 'published', body: 'Shortlisted at the pilot.' })
  })
})
