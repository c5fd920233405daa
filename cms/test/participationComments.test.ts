import type { Where } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoEmail, demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient
let published: number | string
let archived: number | string
let milanoDraft: number | string

type Id = number | string

const practiceWhere = (status: string, extra: Where = {}): Where => ({
  and: [{ _status: { equals: status } }, extra],
})

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const milano = await demoUser(ctx.payload, 'volunteer.milano')
  const find = async (where: Where, skip = 0) =>
    (await ctx.payload.find({ collection: 'practices', where, limit: 1, page: skip + 1, depth: 0 })).docs[0]!
      .id
  published = await find(practiceWhere('published'))
  milanoDraft = await find(practiceWhere('draft', { unit: { equals: milano.unit } }))
  // Archive a second published practice through the workflow, as a national validator would.
  archived = await find(practiceWhere('published', { id: { not_equals: published } }))
  const state = await api.get(`/practices/${archived}/workflow`, { as: 'admin' })
  const archive = await api.post(
    `/practices/${archived}/workflow`,
    { action: 'archive', comment: 'Non più attiva.', revision: state.body.revision },
    { as: 'admin' },
  )
  expect(archive.status, JSON.stringify(archive.body)).toBe(200)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const commentsOn = async (practice: Id) =>
  (
    await ctx.payload.find({
      collection: 'comments',
      where: { practice: { equals: practice } },
      limit: 0,
      depth: 0,
      sort: '-createdAt',
    })
  ).docs
const allComments = async () => (await ctx.payload.count({ collection: 'comments' })).totalDocs
const commentCount = async (id: Id) =>
  (await ctx.payload.findByID({ collection: 'practices', id, depth: 0 })).commentCount ?? 0
const storedComment = (id: Id) => ctx.payload.findByID({ collection: 'comments', id, depth: 0 })
const comment = async (body: unknown, as = 'volunteer.roma') => {
  const response = await api.post('/comments', { practice: published, body }, { as })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as { id: Id; body: string }
}
const fieldErrors = (body: unknown): string => JSON.stringify(body)

describe('writing a comment', () => {
  it('stores trimmed plain text with the author’s name and unit, which anonymous readers see without any personal data', async () => {
    const script = '  <script>alert("x")</script> <b>grazie</b> & a presto!  '
    const created = await comment(script)
    expect(created.body).toBe(script.trim())
    const stored = await storedComment(created.id)
    expect(stored.body).toBe(script.trim())
    expect(stored.authorName).toBe((await demoUser(ctx.payload, 'volunteer.roma')).displayName)
    expect(stored.authorUnitName).toBe('Comitato di Roma')
    const anonymous = await api.get(`/comments?where[practice][equals]=${published}&depth=2&limit=0`)
    expect(anonymous.status).toBe(200)
    const mine = anonymous.body.docs.find((doc: { id: Id }) => doc.id === created.id)
    expect(mine.body).toBe(script.trim())
    expect(mine).toMatchObject({ authorName: stored.authorName, authorUnitName: 'Comitato di Roma' })
    expect(mine.author).toBeUndefined()
    expect(mine.reports ?? []).toEqual([])
    expect(mine.reportCount).toBeUndefined()
    expect(JSON.stringify(anonymous.body)).not.toMatch(/@redcloud\.example\.org/)
  })

  it('lists newest first', async () => {
    await comment('primo')
    await comment('secondo')
    const listed = await api.get(`/comments?where[practice][equals]=${published}&limit=2`)
    expect(listed.body.docs.map((doc: { body: string }) => doc.body)).toEqual(['secondo', 'primo'])
  })

  it('refuses empty, too long and wrong-typed input with a 400 naming the field; nothing is stored', async () => {
    const before = await allComments()
    const countBefore = await commentCount(published)
    const cases: [string, unknown, string][] = [
      ['empty', { practice: published, body: '' }, 'body'],
      ['blank', { practice: published, body: '   \n  ' }, 'body'],
      ['missing', { practice: published }, 'body'],
      ['too long', { practice: published, body: 'x'.repeat(2001) }, 'body'],
      ['number body', { practice: published, body: 42 }, 'body'],
      ['object body', { practice: published, body: { text: 'ciao' } }, 'body'],
      ['array practice', { practice: [published], body: 'ciao' }, 'practice'],
      ['no practice', { body: 'ciao' }, 'practice'],
      ['unknown practice', { practice: 999999, body: 'ciao' }, 'practice'],
    ]
    for (const [name, body, field] of cases) {
      const response = await api.post('/comments', body, { as: 'volunteer.roma' })
      expect(response.status, `${name}: ${JSON.stringify(response.body)}`).toBe(400)
      expect(fieldErrors(response.body), name).toContain(field)
    }
    expect(await allComments()).toBe(before)
    expect(await commentCount(published)).toBe(countBefore)
  })

  it('refuses comments on drafts (own unit’s or another unit’s) and archived practices; nothing is stored', async () => {
    const before = await allComments()
    for (const [as, practice] of [
      ['volunteer.milano', milanoDraft],
      ['volunteer.roma', milanoDraft],
      ['volunteer.roma', archived],
      ['admin', archived],
    ] as const) {
      const response = await api.post('/comments', { practice, body: 'ciao' }, { as })
      expect(response.status, `${as} on ${practice}`).toBe(400)
      expect(fieldErrors(response.body)).toContain('Choose a published practice.')
    }
    expect(await allComments()).toBe(before)
  })

  it('refuses anonymous callers and ignores author, names, state and reports sent in the body', async () => {
    const before = await allComments()
    expect((await api.post('/comments', { practice: published, body: 'anonimo' })).status).toBe(403)
    expect(await allComments()).toBe(before)
    const milano = await demoUser(ctx.payload, 'volunteer.milano')
    const forged = await api.post(
      '/comments',
      {
        practice: published,
        body: 'ciao',
        author: milano.id,
        authorName: 'Qualcun altro',
        authorUnitName: 'Comitato di Milano',
        state: 'hidden',
        reportCount: 7,
        reports: [{ reporter: milano.id, reason: 'x' }],
      },
      { as: 'volunteer.roma' },
    )
    expect(forged.status).toBe(201)
    const stored = await storedComment(forged.body.doc.id)
    expect(String(stored.author)).toBe(String((await demoUser(ctx.payload, 'volunteer.roma')).id))
    expect(stored).toMatchObject({ authorUnitName: 'Comitato di Roma', state: 'visible', reportCount: 0 })
    expect(stored.authorName).not.toBe('Qualcun altro')
    expect(stored.reports ?? []).toHaveLength(0)
  })
})

describe('editing and deleting', () => {
  it('the author edits within the window; afterwards a 403 with a clear message, and the text stays', async () => {
    const created = await comment('prima versione')
    const edited = await api.patch(
      `/comments/${created.id}`,
      { body: '  seconda versione ' },
      { as: 'volunteer.roma' },
    )
    expect(edited.status).toBe(200)
    expect((await storedComment(created.id)).body).toBe('seconda versione')
    // Move the comment 16 minutes into the past (the default window is 15).
    await ctx.payload.db.updateOne({
      collection: 'comments',
      id: created.id,
      data: { createdAt: new Date(Date.now() - 16 * 60_000).toISOString() },
      returning: false,
    })
    const late = await api.patch(
      `/comments/${created.id}`,
      { body: 'terza versione' },
      { as: 'volunteer.roma' },
    )
    expect(late.status).toBe(403)
    expect(late.body.errors[0].message).toMatch(/first 15 minutes/)
    expect((await storedComment(created.id)).body).toBe('seconda versione')
    // Moderators still may.
    expect((await api.patch(`/comments/${created.id}`, { state: 'hidden' }, { as: 'editor' })).status).toBe(
      200,
    )
  })

  it('nobody edits or deletes someone else’s comment; bad edits change nothing', async () => {
    const created = await comment('di Roma')
    for (const as of ['volunteer.milano', 'validator.lazio']) {
      expect([403, 404], as).toContain(
        (await api.patch(`/comments/${created.id}`, { body: 'mio' }, { as })).status,
      )
      expect([403, 404], as).toContain((await api.del(`/comments/${created.id}`, { as })).status)
    }
    for (const body of ['', 'x'.repeat(2001), 12]) {
      const response = await api.patch(`/comments/${created.id}`, { body }, { as: 'volunteer.roma' })
      expect(response.status, String(body).slice(0, 10)).toBe(400)
    }
    const moved = await api.patch(`/comments/${created.id}`, { practice: archived }, { as: 'volunteer.roma' })
    expect([200, 400, 403]).toContain(moved.status)
    const stored = await storedComment(created.id)
    expect(stored.body).toBe('di Roma')
    expect(String(stored.practice)).toBe(String(published))
  })

  it('the author deletes at any time and the count follows', async () => {
    const created = await comment('da cancellare')
    const before = await commentCount(published)
    await ctx.payload.db.updateOne({
      collection: 'comments',
      id: created.id,
      data: { createdAt: new Date(Date.now() - 24 * 60 * 60_000).toISOString() },
      returning: false,
    })
    expect((await api.del(`/comments/${created.id}`, { as: 'volunteer.roma' })).status).toBe(200)
    expect(await commentCount(published)).toBe(before - 1)
    expect((await commentsOn(published)).map((doc) => doc.id)).not.toContain(created.id)
  })
})

describe('moderation', () => {
  it('hidden comments disappear for anonymous callers and other members; the count counts visible comments only', async () => {
    const created = await comment('da nascondere')
    const visible = async () => (await commentsOn(published)).filter((doc) => doc.state === 'visible').length
    expect(await commentCount(published)).toBe(await visible())
    const before = await commentCount(published)
    expect((await api.patch(`/comments/${created.id}`, { state: 'hidden' }, { as: 'editor' })).status).toBe(
      200,
    )
    expect(await commentCount(published)).toBe(before - 1)
    expect(await commentCount(published)).toBe(await visible())
    for (const as of [undefined, 'volunteer.milano']) {
      const list = await api.get(`/comments?where[practice][equals]=${published}&limit=0`, { as })
      expect(
        list.body.docs.map((doc: { id: Id }) => doc.id),
        String(as),
      ).not.toContain(created.id)
      expect((await api.get(`/comments/${created.id}`, { as })).status, String(as)).toBe(404)
    }
    // The author alone may not unhide it.
    const selfUnhide = await api.patch(
      `/comments/${created.id}`,
      { state: 'visible' },
      { as: 'volunteer.roma' },
    )
    expect([200, 403]).toContain(selfUnhide.status)
    expect((await storedComment(created.id)).state).toBe('hidden')
    expect((await api.patch(`/comments/${created.id}`, { state: 'visible' }, { as: 'editor' })).status).toBe(
      200,
    )
    expect(await commentCount(published)).toBe(before)
  })

  it('members cannot hide comments or read reports, not even through a query', async () => {
    const created = await comment('non nascondibile')
    const hide = await api.patch(`/comments/${created.id}`, { state: 'hidden' }, { as: 'volunteer.milano' })
    expect([403, 404]).toContain(hide.status)
    expect((await storedComment(created.id)).state).toBe('visible')
    for (const as of [undefined, 'volunteer.milano']) {
      const query = await api.get('/comments?where[reportCount][greater_than]=0', { as })
      expect(query.status, String(as)).not.toBe(200)
      const sorted = await api.get('/comments?sort=-reportCount', { as })
      expect(sorted.status, String(as)).not.toBe(200)
    }
  })
})

describe('reporting', () => {
  it('anyone signed in reports a visible comment once; moderators see who and why, nobody else does', async () => {
    const created = await comment('offensivo?')
    const url = `/comments/${created.id}/report`
    expect((await api.post(url, { reason: 'spam' })).status).toBe(401)
    const first = await api.post(url, { reason: '  spam  ' }, { as: 'volunteer.milano' })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.message).toBeTruthy()
    const again = await api.post(url, { reason: 'ancora' }, { as: 'volunteer.milano' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/already reported/)
    expect((await api.post(url, {}, { as: 'validator.lazio' })).status).toBe(200)
    const stored = await storedComment(created.id)
    expect(stored.reportCount).toBe(2)
    expect(stored.reports?.map((report) => report.reason)).toEqual(['spam', null])
    // Reporting is not an edit: the author's text is untouched, even after the edit window.
    expect(stored.body).toBe('offensivo?')

    const asEditor = await api.get(`/comments?where[reportCount][greater_than]=0&sort=-reportCount`, {
      as: 'editor',
    })
    expect(asEditor.status).toBe(200)
    const listed = asEditor.body.docs.find((doc: { id: Id }) => doc.id === created.id)
    expect(listed.reportCount).toBe(2)
    expect(listed.reports).toHaveLength(2)
    for (const as of [undefined, 'volunteer.roma', 'volunteer.milano']) {
      const read = await api.get(`/comments/${created.id}`, { as })
      // Payload answers an unreadable array field as [], never with its rows.
      expect(read.body.reports ?? [], String(as)).toEqual([])
      expect(read.body.reportCount, String(as)).toBeUndefined()
    }
  })

  it('refuses a reason that is not text or too long, hidden comments and unknown ones; nothing changes', async () => {
    const created = await comment('da segnalare')
    const url = `/comments/${created.id}/report`
    expect((await api.post(url, { reason: 5 }, { as: 'volunteer.milano' })).status).toBe(400)
    expect((await api.post(url, { reason: 'x'.repeat(301) }, { as: 'volunteer.milano' })).status).toBe(400)
    expect((await storedComment(created.id)).reportCount).toBe(0)
    await api.patch(`/comments/${created.id}`, { state: 'hidden' }, { as: 'editor' })
    expect((await api.post(url, {}, { as: 'volunteer.milano' })).status).toBe(404)
    // Not even the author may report their own hidden comment (it is not visible).
    expect((await api.post(url, {}, { as: 'volunteer.roma' })).status).toBe(404)
    expect((await api.post('/comments/999999/report', {}, { as: 'volunteer.milano' })).status).toBe(404)
    expect((await storedComment(created.id)).reportCount).toBe(0)
  })
})

describe('revoked accounts and CSRF', () => {
  it('a deactivated account’s token is refused on its next request; nothing is stored', async () => {
    const unit = (await demoUser(ctx.payload, 'volunteer.roma')).unit
    const email = demoEmail('temporaneo')
    const user = await ctx.payload.create({
      collection: 'users',
      data: {
        email,
        password: DEMO_PASSWORD,
        displayName: 'Temporaneo',
        unit: unit as number,
        roles: ['member'],
      },
    })
    const login = await api.raw('POST', '/users/login', { body: { email, password: DEMO_PASSWORD } })
    const token = login.body.token as string
    const ok = await api.raw('POST', '/comments', { token, body: { practice: published, body: 'prima' } })
    expect(ok.status).toBe(201)
    await api.patch(`/users/${user.id}`, { accountStatus: 'deactivated' }, { as: 'admin' })
    const before = await allComments()
    const likesBefore = (await ctx.payload.count({ collection: 'likes' })).totalDocs
    const after = await api.raw('POST', '/comments', { token, body: { practice: published, body: 'dopo' } })
    expect(after.status).toBe(403)
    const like = await api.raw('POST', '/likes', { token, body: { practice: published } })
    expect(like.status).toBe(403)
    expect(await allComments()).toBe(before)
    expect((await ctx.payload.count({ collection: 'likes' })).totalDocs).toBe(likesBefore)
  })

  it('a content manager whose role is removed can no longer hide comments with the old token', async () => {
    const created = await comment('resta visibile')
    const token = await api.login('editor')
    const editor = await demoUser(ctx.payload, 'editor')
    await ctx.payload.update({ collection: 'users', id: editor.id, data: { roles: ['member'] } })
    const hide = await api.raw('PATCH', `/comments/${created.id}`, { token, body: { state: 'hidden' } })
    expect([403, 404]).toContain(hide.status)
    expect((await storedComment(created.id)).state).toBe('visible')
    await ctx.payload.update({ collection: 'users', id: editor.id, data: { roles: ['contentManager'] } })
  })

  it('a cookie-authenticated comment or like from a foreign origin is refused; nothing is stored', async () => {
    const login = await api.raw('POST', '/users/login', {
      body: { email: demoEmail('volunteer.torino'), password: DEMO_PASSWORD },
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string
    expect(cookie).toMatch(/^payload-token=/)
    const before = await allComments()
    const likesBefore = (await ctx.payload.count({ collection: 'likes' })).totalDocs
    const evil = { Cookie: cookie, Origin: 'https://evil.example.com' }
    expect(
      (await api.raw('POST', '/comments', { headers: evil, body: { practice: published, body: 'csrf' } }))
        .status,
    ).toBe(403)
    expect((await api.raw('POST', '/likes', { headers: evil, body: { practice: published } })).status).toBe(
      403,
    )
    expect(await allComments()).toBe(before)
    expect((await ctx.payload.count({ collection: 'likes' })).totalDocs).toBe(likesBefore)
    const good = { Cookie: cookie, Origin: 'http://localhost:3000' }
    expect(
      (await api.raw('POST', '/comments', { headers: good, body: { practice: published, body: 'ok' } }))
        .status,
    ).toBe(201)
  })
})
