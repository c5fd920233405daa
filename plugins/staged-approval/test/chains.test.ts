import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { transition } from '../src'
import { hookCalls } from './hookCalls'
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

const account = async (name: string): Promise<TypedUser> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: `${name}@test.example` } },
  })
  return { ...docs[0], collection: 'users' } as TypedUser
}
const draft = async (collection: string, title: string) => {
  const response = await call('POST', `/${collection}?draft=true`, { as: 'reporter', body: { title } })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as Id
}
const act = (collection: string, id: Id, as: string, body: Record<string, unknown>) =>
  call('POST', `/${collection}/${id}/workflow`, { as, body })

describe('a chain per collection', () => {
  it('a pipeline (ideas: screening → pilot): each step decided by the holders of its position', async () => {
    const id = await draft('ideas', 'Bike library')
    expect((await act('ideas', id, 'reporter', { action: 'submit', revision: 0 })).body.stage).toBe(
      'screening',
    )
    expect((await act('ideas', id, 'hq', { action: 'approve', revision: 1 })).status).toBe(403)
    const queue = (await call('GET', '/workflow/queue', { as: 'branch' })).body
    expect(queue.items).toContainEqual(
      expect.objectContaining({ collection: 'ideas', id, level: 'screening' }),
    )
    expect((await act('ideas', id, 'branch', { action: 'approve', revision: 1 })).body.stage).toBe('pilot')
    expect((await act('ideas', id, 'branch', { action: 'approve', revision: 2 })).status).toBe(403)
    expect(
      (
        await act('ideas', id, 'admin', {
          action: 'approve',
          revision: 2,
          scores: { novelty: 1, feasibility: 1 },
        })
      ).body.stage,
    ).toBe('published')
    expect((await call('GET', `/ideas/${id}`)).status).toBe(200)
  })

  it('one step (notes: confirmation by headquarters)', async () => {
    const id = await draft('notes', 'Closed on Friday')
    expect((await act('notes', id, 'reporter', { action: 'submit', revision: 0 })).body.stage).toBe(
      'confirmation',
    )
    expect((await act('notes', id, 'branch', { action: 'approve', revision: 1 })).status).toBe(403)
    expect((await act('notes', id, 'hq', { action: 'approve', revision: 1 })).body.stage).toBe('published')
  })
})

describe('the app’s hooks', () => {
  it('beforeTransition may refuse; afterTransition hears each committed transition', async () => {
    const id = await draft('notes', 'Hooked')
    hookCalls.length = 0
    await act('notes', id, 'reporter', { action: 'submit', revision: 0 })
    const refused = await act('notes', id, 'hq', { action: 'reject', revision: 1, comment: 'too many' })
    expect(refused.status).toBe(429)
    expect((await act('notes', id, 'hq', { action: 'approve', revision: 1 })).status).toBe(200)
    expect(hookCalls).toEqual([
      'before submit',
      'after submit draft → confirmation',
      'before reject',
      'before approve',
      'after approve confirmation → published',
    ])
  })
})

describe('the Local API', () => {
  it('transition() acts for a user exactly as the endpoint does: same checks, real events', async () => {
    const id = await draft('articles', 'Via the Local API')
    const reporter = await account('reporter')
    expect(
      await transition({ payload, collection: 'articles', id, action: 'submit', user: reporter }),
    ).toMatchObject({
      stage: 'branch_review',
      revision: 1,
    })
    await expect(
      transition({ payload, collection: 'articles', id, action: 'approve', user: reporter }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      transition({
        payload,
        collection: 'articles',
        id,
        action: 'approve',
        user: await account('branch'),
        revision: 0,
      }),
    ).rejects.toMatchObject({ status: 409 })
    await transition({
      payload,
      collection: 'articles',
      id,
      action: 'approve',
      user: await account('branch'),
    })
    await transition({ payload, collection: 'articles', id, action: 'approve', user: await account('hq') })
    const { docs } = await payload.find({
      collection: 'workflow-events',
      where: { itemCollection: { equals: 'articles' }, document: { equals: String(id) } },
      sort: 'revision',
      depth: 0,
    })
    expect(docs.map((e) => [e.action, e.to, e.userName])).toEqual([
      ['submit', 'branch_review', 'Rita Reporter'],
      ['approve', 'headquarters_review', 'Bruno Branch'],
      ['approve', 'published', 'Hanna Headquarters'],
    ])
  })

  it('transition({ at }) records a transition made earlier: the event’s date and the stage’s start', async () => {
    const id = await draft('articles', 'Imported with its history')
    const at = new Date('2025-03-04T10:00:00.000Z')
    const { event } = await transition({
      payload,
      collection: 'articles',
      id,
      action: 'submit',
      user: await account('reporter'),
      at,
    })
    const recorded = await payload.findByID({ collection: 'workflow-events', id: event, depth: 0 })
    expect(new Date(String(recorded.createdAt)).toISOString()).toBe(at.toISOString())
    const item = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    const workflow = (item as { workflow?: { stageEnteredAt?: string } }).workflow
    expect(new Date(String(workflow?.stageEnteredAt)).toISOString()).toBe(at.toISOString())
  })
})
