import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp } from './startTestApp'

type Id = number | string
type App = Awaited<ReturnType<typeof startTestApp>>

let app: App | undefined
let payload: Payload
let call: App['call']

beforeAll(async () => {
  app = await startTestApp()
  ;({ payload, call } = app)
})
afterAll(async () => {
  await app?.stop()
})

const draft = async (title: string) =>
  (await call('POST', '/articles?draft=true', { as: 'reporter', body: { title } })).body.doc.id as Id
const act = (id: Id, as: string, body: Record<string, unknown>) =>
  call('POST', `/articles/${id}/workflow`, { as, body })
const workflow = (id: Id, as?: string) => call('GET', `/articles/${id}/workflow`, { as })
const eventCount = async (id: Id) =>
  (await payload.count({ collection: 'workflow-events', where: { document: { equals: String(id) } } }))
    .totalDocs
const stage = async (id: Id) =>
  (
    (await payload.findByID({ collection: 'articles' as 'users', id, draft: true, depth: 0 })) as unknown as {
      workflow: { stage: string }
    }
  ).workflow.stage
const moveTo = async (name: string, level: string) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: `${name}@test.example` } },
  })
  await payload.update({ collection: 'users', id: docs[0]!.id, data: { level } as never })
}

describe('SECURITY.md §12 Whoever submitted a revision never decides on it; nobody decides on it twice', () => {
  it('a reviewer who submitted someone’s item cannot approve, reject or send it back: 403, nothing recorded', async () => {
    const id = await draft('Submitted by a reviewer')
    expect((await act(id, 'branch', { action: 'submit', revision: 0 })).body.stage).toBe('branch_review')
    expect((await workflow(id, 'branch')).body.allowedActions).not.toContain('approve')
    for (const action of ['approve', 'reject', 'request_changes']) {
      const response = await act(id, 'branch', { action, revision: 1, comment: 'mine' })
      expect(response.status, action).toBe(403)
      expect(response.body.errors[0].message).toMatch(/submitted/)
    }
    expect(await eventCount(id)).toBe(1)
    expect(await stage(id)).toBe('branch_review')
  })

  it('a reviewer who approved at one level and moved up cannot approve the same revision again', async () => {
    const id = await draft('Approved twice?')
    await act(id, 'reporter', { action: 'submit', revision: 0 })
    expect((await act(id, 'branch', { action: 'approve', revision: 1 })).body.stage).toBe(
      'headquarters_review',
    )
    await moveTo('branch', 'headquarters')
    try {
      expect((await workflow(id, 'branch')).body.allowedActions).toEqual([])
      const again = await act(id, 'branch', { action: 'approve', revision: 2 })
      expect(again.status).toBe(403)
      expect(again.body.errors[0].message).toMatch(/already decided/)
      expect(await eventCount(id)).toBe(2)
      expect(await stage(id)).toBe('headquarters_review')
      expect((await act(id, 'hq', { action: 'approve', revision: 2 })).body.stage).toBe('published')
    } finally {
      await moveTo('branch', 'branch')
    }
  })
})

describe('SECURITY.md §2 No leaks to anonymous callers: the history of a published item', () => {
  it('shows anonymous callers the stages, levels and dates, never who acted or what they wrote', async () => {
    const id = await draft('Public history')
    await act(id, 'reporter', { action: 'submit', revision: 0 })
    await act(id, 'branch', { action: 'request_changes', revision: 1, comment: 'Private remark' })
    await act(id, 'reporter', { action: 'resubmit', revision: 2 })
    await act(id, 'branch', { action: 'approve', revision: 3 })
    expect((await act(id, 'hq', { action: 'approve', revision: 4 })).body.stage).toBe('published')

    const anonymous = await workflow(id)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.history).toHaveLength(5)
    for (const event of anonymous.body.history) {
      expect(Object.keys(event).sort()).toEqual(['action', 'at', 'from', 'level', 'revision', 'to'])
    }
    expect(JSON.stringify(anonymous.body)).not.toMatch(/Private remark|Bruno|Hanna|Rita/)
    expect((await call('GET', '/workflow-events')).status).toBe(403)

    const reader = (await workflow(id, 'reporter')).body.history
    expect(reader[1]).toMatchObject({ by: 'Bruno Branch', comment: 'Private remark' })
  })
})
