import type { Payload, TypedUser } from 'payload'
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

const act = (id: Id, as: string, body: Record<string, unknown>) =>
  call('POST', `/articles/${id}/workflow`, { as, body })
const eventCount = async (id: Id) =>
  (await payload.count({ collection: 'workflow-events', where: { document: { equals: String(id) } } }))
    .totalDocs
const latest = async (id: Id) =>
  (await payload.findByID({ collection: 'articles' as 'users', id, draft: true, depth: 0 })) as unknown as {
    title: string
    _status: string
    workflow: { stage: string; revision: number }
  }
const account = async (name: string) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: `${name}@test.example` } },
    limit: 1,
    depth: 0,
  })
  return { ...docs[0], collection: 'users' } as TypedUser
}

/** An article taken through both levels: live, with its title, at revision 3. */
const published = async (title: string) => {
  const created = await call('POST', '/articles?draft=true', { as: 'reporter', body: { title } })
  const id = created.body.doc.id as Id
  expect((await act(id, 'reporter', { action: 'submit', revision: 0 })).status).toBe(200)
  expect((await act(id, 'branch', { action: 'approve', revision: 1 })).status).toBe(200)
  expect((await act(id, 'hq', { action: 'approve', revision: 2 })).body.stage).toBe('published')
  return id
}

/** What the public sees and what the history holds are as the workflow left them; the draft holds the edit. */
const expectStillLive = async ({ id, title, draftTitle }: { id: Id; title: string; draftTitle: string }) => {
  const live = await call('GET', `/articles/${id}`)
  expect(live.status).toBe(200)
  expect(live.body.title).toBe(title)
  expect(await eventCount(id)).toBe(3)
  expect(await latest(id)).toMatchObject({ title: draftTitle, _status: 'draft', workflow: { revision: 3 } })
}

describe('SECURITY.md §12 Live state moves only through the workflow: writes make draft revisions', () => {
  it('PATCH by id with _status "draft" and no ?draft=true leaves the live version and writes no event', async () => {
    const id = await published('Live title')
    const response = await call('PATCH', `/articles/${id}`, {
      as: 'reporter',
      body: { _status: 'draft', title: 'Unpublished?' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    await expectStillLive({ id, title: 'Live title', draftTitle: 'Unpublished?' })
    expect((await latest(id)).workflow.stage).toBe('draft')
  })

  it('a bulk PATCH (?where=…) is a draft revision of every item it touches', async () => {
    const id = await published('Bulk live')
    const response = await call('PATCH', `/articles?where[id][equals]=${id}`, {
      as: 'reporter',
      body: { _status: 'draft', title: 'Bulk rewrite' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    await expectStillLive({ id, title: 'Bulk live', draftTitle: 'Bulk rewrite' })
  })

  it('the Local API on behalf of a user is a draft revision too', async () => {
    const id = await published('Local live')
    await payload.update({
      collection: 'articles' as 'users',
      id,
      data: { _status: 'draft', title: 'Local rewrite' } as never,
      user: await account('reporter'),
      overrideAccess: false,
    })
    await expectStillLive({ id, title: 'Local live', draftTitle: 'Local rewrite' })
  })

  it('a version is restored only as a draft revision; the workflow fields keep their stored values', async () => {
    const id = await published('Restored live')
    const { docs } = await payload.findVersions({
      collection: 'articles' as 'users',
      where: { and: [{ parent: { equals: id } }, { 'version.title': { equals: 'Restored live' } }] },
      sort: 'createdAt',
      limit: 1,
    })
    const first = docs[0]!.id
    expect(
      (await call('PATCH', `/articles/${id}?draft=true`, { as: 'reporter', body: { title: 'Newer draft' } }))
        .status,
    ).toBe(200)
    const straight = await call('POST', `/articles/versions/${first}`, { as: 'reporter' })
    expect(straight.status).toBe(403)
    expect(straight.body.errors[0].message).toMatch(/draft/)
    expect((await latest(id)).title).toBe('Newer draft')

    const asDraft = await call('POST', `/articles/versions/${first}?draft=true`, { as: 'reporter' })
    expect(asDraft.status, JSON.stringify(asDraft.body)).toBe(200)
    await expectStillLive({ id, title: 'Restored live', draftTitle: 'Restored live' })
    expect((await latest(id)).workflow).toMatchObject({ stage: 'draft', revision: 3 })
  })
})
