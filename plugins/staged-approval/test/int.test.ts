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

const draft = async (collection: string, title = `Item ${Math.random().toString(36).slice(2, 8)}`) => {
  const response = await call('POST', `/${collection}?draft=true`, { as: 'reporter', body: { title } })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as Id
}
const state = (collection: string, id: Id, as = 'reporter') =>
  call('GET', `/${collection}/${id}/workflow`, { as })
const act = (collection: string, id: Id, as: string, body: Record<string, unknown>) =>
  call('POST', `/${collection}/${id}/workflow`, { as, body })
const events = async (collection: string, id: Id) =>
  (
    await payload.find({
      collection: 'workflow-events',
      where: { and: [{ itemCollection: { equals: collection } }, { document: { equals: String(id) } }] },
      sort: 'revision',
      limit: 0,
      depth: 0,
    })
  ).docs as unknown as Record<string, unknown>[]
const stored = async (collection: string, id: Id) =>
  (await payload.findByID({ collection: collection as 'users', id, draft: true, depth: 0 })) as unknown as {
    _status: string
    workflow: { stage: string; revision: number }
  }

describe('a two-level chain (articles: branch → headquarters)', () => {
  it('submit, then each level approves; only the last approval publishes', async () => {
    const id = await draft('articles', 'Two levels')
    expect((await state('articles', id)).body).toMatchObject({
      stage: 'draft',
      revision: 0,
      allowedActions: ['submit'],
    })
    expect((await act('articles', id, 'reporter', { action: 'submit', revision: 0 })).body).toMatchObject({
      stage: 'branch_review',
      revision: 1,
    })
    expect((await act('articles', id, 'hq', { action: 'approve', revision: 1 })).status).toBe(403)
    expect((await act('articles', id, 'branch', { action: 'approve', revision: 1 })).body.stage).toBe(
      'headquarters_review',
    )
    expect((await call('GET', `/articles/${id}`)).status).toBe(404)
    expect((await act('articles', id, 'hq', { action: 'approve', revision: 2 })).body.stage).toBe('published')

    const live = await call('GET', `/articles/${id}`)
    expect(live.status).toBe(200)
    expect(live.body.title).toBe('Two levels')
    expect(await stored('articles', id)).toMatchObject({
      _status: 'published',
      workflow: { stage: 'published', revision: 3 },
    })
    const history = (await state('articles', id)).body.history
    expect(history.map((e: Record<string, unknown>) => [e.action, e.to, e.role, e.level ?? null])).toEqual([
      ['submit', 'branch_review', 'author', null],
      ['approve', 'headquarters_review', 'validator', 'branch'],
      ['approve', 'published', 'validator', 'headquarters'],
    ])
    expect(history[2].by).toBe('Hanna Headquarters')
  })

  it('request_changes needs a comment; resubmit returns to the stage that asked', async () => {
    const id = await draft('articles')
    await act('articles', id, 'reporter', { action: 'submit', revision: 0 })
    await act('articles', id, 'branch', { action: 'approve', revision: 1 })
    const bare = await act('articles', id, 'hq', { action: 'request_changes', revision: 2 })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].message).toMatch(/comment is required/)
    expect(
      (await act('articles', id, 'hq', { action: 'request_changes', revision: 2, comment: 'Add sources' }))
        .body.stage,
    ).toBe('changes_requested')
    expect(
      (await call('PATCH', `/articles/${id}?draft=true`, { as: 'reporter', body: { body: 'Sources: …' } }))
        .status,
    ).toBe(200)
    expect((await act('articles', id, 'reporter', { action: 'resubmit', revision: 3 })).body.stage).toBe(
      'headquarters_review',
    )
    expect((await events('articles', id)).map((e) => e.comment || null)).toEqual([
      null,
      null,
      'Add sources',
      null,
    ])
  })

  it('a stale revision is a 409 and changes nothing', async () => {
    const id = await draft('articles')
    const stale = await act('articles', id, 'reporter', { action: 'submit', revision: 4 })
    expect(stale.status).toBe(409)
    expect(stale.body.errors[0].message).toMatch(/revision 0/)
    expect(await events('articles', id)).toHaveLength(0)
    expect((await stored('articles', id)).workflow).toMatchObject({ stage: 'draft', revision: 0 })
  })

  it('of simultaneous approvals exactly one wins; the others get 409 and leave no event', async () => {
    const id = await draft('articles')
    await act('articles', id, 'reporter', { action: 'submit', revision: 0 })
    await state('articles', id, 'branch') // signs in before the race
    const results = await Promise.all(
      Array.from({ length: 6 }, () => act('articles', id, 'branch', { action: 'approve', revision: 1 })),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(5)
    expect((await events('articles', id)).filter((e) => e.revision === 1)).toHaveLength(1)
    expect((await stored('articles', id)).workflow).toMatchObject({
      stage: 'headquarters_review',
      revision: 2,
    })
  })
})

describe('a collection with its own chain (notices: headquarters alone, own actorRole)', () => {
  it('starts at headquarters, ignores the branch level, and records the account’s role', async () => {
    const id = await draft('notices', 'One level')
    expect((await act('notices', id, 'reporter', { action: 'submit', revision: 0 })).body.stage).toBe(
      'headquarters_review',
    )
    const branchQueue = (await call('GET', '/workflow/queue', { as: 'branch' })).body
    expect(branchQueue.items.map((i: { collection: string }) => i.collection)).not.toContain('notices')
    const hqQueue = (await call('GET', '/workflow/queue', { as: 'hq' })).body
    expect(hqQueue.items).toContainEqual(
      expect.objectContaining({
        collection: 'notices',
        id,
        stage: 'headquarters_review',
        level: 'headquarters',
      }),
    )
    expect((await act('notices', id, 'branch', { action: 'approve', revision: 1 })).status).toBe(403)
    expect((await act('notices', id, 'hq', { action: 'approve', revision: 1 })).body.stage).toBe('published')
    expect((await call('GET', `/notices/${id}`)).status).toBe(200)
    expect((await events('notices', id)).map((e) => [e.action, e.userRole])).toEqual([
      ['submit', 'reporter'],
      ['approve', 'reviewer'],
    ])
  })
})

describe('no way around it', () => {
  it('_status and the workflow fields cannot be written, by an administrator either', async () => {
    const id = await draft('articles')
    const published = { _status: 'published' }
    expect((await call('PATCH', `/articles/${id}?draft=true`, { as: 'admin', body: published })).status).toBe(
      403,
    )
    expect((await call('PATCH', `/articles/${id}`, { as: 'reporter', body: published })).status).toBe(403)
    expect(
      (await call('POST', '/articles', { as: 'reporter', body: { title: 'Straight out', ...published } }))
        .status,
    ).toBe(403)
    const forged = { workflow: { stage: 'published', revision: 9 } }
    expect((await call('PATCH', `/articles/${id}?draft=true`, { as: 'reporter', body: forged })).status).toBe(
      200,
    )
    expect(await stored('articles', id)).toMatchObject({
      _status: 'draft',
      workflow: { stage: 'draft', revision: 0 },
    })
    expect((await call('GET', `/articles/${id}`)).status).toBe(404)
    expect(
      (await payload.count({ collection: 'articles', where: { title: { equals: 'Straight out' } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('the history cannot be created, edited or deleted, by an administrator either', async () => {
    const id = await draft('articles')
    await act('articles', id, 'reporter', { action: 'submit', revision: 0 })
    const [event] = await events('articles', id)
    const eventPath = `/workflow-events/${event!.id}`
    expect((await call('PATCH', eventPath, { as: 'admin', body: { comment: 'rewritten' } })).status).toBe(403)
    expect((await call('DELETE', eventPath, { as: 'admin' })).status).toBe(403)
    const invented = { itemCollection: 'articles', document: String(id), revision: 1, action: 'approve' }
    expect(
      (
        await call('POST', '/workflow-events', {
          as: 'admin',
          body: { ...invented, from: 'branch_review', to: 'published' },
        })
      ).status,
    ).toBe(403)
    expect(await events('articles', id)).toEqual([event])
  })
})
