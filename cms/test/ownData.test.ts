import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { outbox } from '../src/email/outbox'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

// Low for this file (each test file runs in its own process): each account below stays under it.
process.env.RATE_LIMIT_ACCOUNT_DATA = '5/h'

let ctx: TestContext
let api: RestClient

const PASSWORD = 'a-long-password-42'
let serial = 0
const freshEmail = () => `own.data.${Date.now().toString(36)}${serial++}@example.org`

type Person = { id: number | string; email: string; name: string; token: string }

/** An active member of Milano's unit, signed in. */
const person = async (name: string): Promise<Person> => {
  const email = freshEmail()
  const created = await ctx.payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      displayName: name,
      unit: await unitId(ctx.payload, 'LOM-MI'),
      roles: ['member'],
    },
  })
  const login = await api.raw('POST', '/users/login', { body: { email, password: PASSWORD } })
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  return { id: created.id, email, name, token: login.body.token }
}

const as = (who: Person) => ({ headers: { Authorization: `JWT ${who.token}` } })

const stored = async (id: number | string) =>
  (await ctx.payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as Record<
    string,
    unknown
  >

const act = async (id: number | string, action: string, headers: { headers: Record<string, string> }) => {
  const state = await api.get(`/practices/${id}/workflow`, headers)
  const response = await api.post(
    `/practices/${id}/workflow`,
    withTestScores({ action, revision: state.body.revision }),
    headers,
  )
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

/** A published practice by `who` with them as the consenting contact, a draft, a comment and a like. */
const leaveTraces = async (who: Person) => {
  const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
  const practice = (title: string) => ({
    title,
    summary: 'Merende per i bambini del quartiere.',
    description: lexicalRichText(['Descrizione.']),
    themes: [theme],
    targetGroups: ['youth'],
    contact: { name: who.name, role: 'Volontaria', email: who.email, phone: '+39 02 1234567', consent: true },
  })
  const code = `${Date.now().toString(36)}${serial++}`
  const published = await api.post('/practices?draft=true', practice(`Merende ${code}`), as(who))
  expect(published.status, JSON.stringify(published.body)).toBe(201)
  const publishedId = published.body.doc.id
  await act(publishedId, 'submit', as(who))
  for (const name of ['validator.milano', 'validator.lombardia', 'validator.national']) {
    await act(publishedId, 'approve', { headers: { Authorization: `JWT ${await api.login(name)}` } })
  }
  const draft = await api.post('/practices?draft=true', practice(`Bozza ${code}`), as(who))
  expect(draft.status).toBe(201)
  const comment = await api.post('/comments', { practice: publishedId, body: `Commento ${code}` }, as(who))
  expect(comment.status, JSON.stringify(comment.body)).toBe(201)
  const like = await api.post('/likes', { practice: publishedId }, as(who))
  expect(like.status, JSON.stringify(like.body)).toBe(201)
  return { code, publishedId, draftId: draft.body.doc.id, commentId: comment.body.doc.id }
}

/**
 * `who` takes part: confirmed on a one-place shift two days ahead (with `waiting` on its
 * waitlist), an application to a training, an idea of theirs with a progress note.
 */
const takePart = async (who: Person, waiting: string) => {
  const need = await ctx.payload.create({
    collection: 'needs',
    data: { title: 'Turno dati', unit: await unitId(ctx.payload, 'LOM-MI') },
  })
  const start = Date.now() + 48 * 3600_000
  const shift = await ctx.payload.create({
    collection: 'shifts',
    data: {
      need: need.id,
      start: new Date(start).toISOString(),
      end: new Date(start + 3 * 3600_000).toISOString(),
      capacity: 1,
    },
  })
  expect((await api.post(`/shifts/${shift.id}/signup`, {}, as(who))).body).toEqual({ status: 'confirmed' })
  expect((await api.post(`/shifts/${shift.id}/signup`, {}, { as: waiting })).body.status).toBe('waitlisted')
  const training = await ctx.payload.create({
    collection: 'trainings',
    data: {
      title: 'Corso dati',
      seats: 3,
      applicationDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    } as never,
  })
  expect((await api.post(`/trainings/${training.id}/apply`, {}, as(who))).body.status).toBe('accepted')
  const idea = await api.post('/ideas?draft=true', { title: `Idea di ${who.name}` }, as(who))
  expect(idea.status, JSON.stringify(idea.body)).toBe(201)
  // Notes are written from incubation on: one stands here as the collection keeps it.
  const note = await ctx.payload.db.create({
    collection: 'idea-notes',
    data: {
      idea: idea.body.doc.id,
      date: new Date().toISOString(),
      note: 'Nota dati',
      author: who.id,
      authorName: who.name,
    },
  })
  return { shift: shift.id, training: training.id, idea: idea.body.doc.id, note: note.id }
}

/** What the public site's build reads (site/src/loaders/fetchCmsData.ts), plus the live comments. */
const whatTheSiteReads = async (practiceId: number | string) => {
  const pages = []
  for (const locale of ['it', 'en', 'fr', 'es']) {
    pages.push(
      await api.get(
        `/practices?where[_status][equals]=published&depth=0&limit=100&locale=${locale}&fallback-locale=none`,
      ),
    )
  }
  pages.push(await api.get(`/practices/${practiceId}?depth=1`))
  pages.push(await api.get(`/comments?where[practice][equals]=${practiceId}&depth=1&limit=100`))
  for (const page of pages) expect(page.status).toBe(200)
  return JSON.stringify(pages.map((page) => page.body))
}

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('GET /api/users/me/export', () => {
  it('gives a signed-in person everything kept about them, as a download, without any secret', async () => {
    const who = await person('Giulia Export')
    const traces = await leaveTraces(who)
    expect((await api.get('/users/me/export')).status).toBe(401)

    // Someone else's report of their comment is that person's data, not theirs.
    const report = await api.post(
      `/comments/${traces.commentId}/report`,
      { reason: 'Segnalazione di prova' },
      { as: 'volunteer.roma' },
    )
    expect(report.status, JSON.stringify(report.body)).toBeLessThan(300)
    const response = await api.get('/users/me/export', as(who))
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.json"$/)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const data = response.body
    expect(data.account).toMatchObject({ email: who.email, displayName: who.name, accountStatus: 'active' })
    expect(data.account.unit.code).toBe('LOM-MI')
    const ids = (docs: { id: unknown }[]) => docs.map((doc) => String(doc.id))
    expect(ids(data.practices)).toEqual(
      expect.arrayContaining([String(traces.publishedId), String(traces.draftId)]),
    )
    expect(
      data.practices.find((p: { id: unknown }) => String(p.id) === String(traces.draftId)).title.it,
    ).toBe(`Bozza ${traces.code}`)
    expect(data.comments.map((c: { body: string }) => c.body)).toEqual([`Commento ${traces.code}`])
    expect(data.likes.map((l: { practice: unknown }) => String(l.practice))).toEqual([
      String(traces.publishedId),
    ])
    expect(data.workflowDecisions).toHaveLength(1)
    expect(data.workflowDecisions[0]).toMatchObject({ action: 'submit', userName: who.name })
    expect(Array.isArray(data.uploads)).toBe(true)
    expect(data.commentReports).toEqual([])
    expect(JSON.stringify(data)).not.toContain('Segnalazione di prova')
    expect(JSON.stringify(data)).not.toContain('volunteer.roma')
    const reporter = await api.get('/users/me/export', { as: 'volunteer.roma' })
    expect(reporter.body.commentReports).toContainEqual(
      expect.objectContaining({ comment: traces.commentId, reason: 'Segnalazione di prova' }),
    )

    const secrets = await stored(who.id)
    const text = JSON.stringify(data)
    for (const key of ['hash', 'salt', 'sessions', 'resetPasswordToken', '_verificationToken', 'password']) {
      expect(text, key).not.toContain(`"${key}"`)
    }
    expect(text).not.toContain(String(secrets.hash).slice(-20))
    expect(text).not.toContain(String(secrets.salt))
    expect(text).not.toContain(who.token)
  })

  it('carries their shift sign-ups, training applications, ideas and notes, and nobody else’s', async () => {
    const who = await person('Sara Partecipe')
    const part = await takePart(who, 'volunteer.torino')
    const data = (await api.get('/users/me/export', as(who))).body
    expect(data.shiftSignUps).toEqual([
      expect.objectContaining({ shift: expect.objectContaining({ id: part.shift }), status: 'accepted' }),
    ])
    expect(data.trainingApplications).toEqual([
      expect.objectContaining({
        training: expect.objectContaining({
          id: part.training,
          title: expect.objectContaining({ it: 'Corso dati' }),
        }),
        status: 'accepted',
      }),
    ])
    expect(data.ideas).toEqual([
      expect.objectContaining({
        id: part.idea,
        title: `Idea di ${who.name}`,
        asAuthor: true,
        asTeamMember: true,
      }),
    ])
    expect(data.ideaNotes).toEqual([expect.objectContaining({ id: part.note, note: 'Nota dati' })])
    expect(data.remindersSent).toEqual([])
    expect(JSON.stringify(data)).not.toContain('volunteer.torino')
  })

  it('is rate limited per account', async () => {
    const who = await person('Rita Limite')
    for (let i = 0; i < 5; i++) expect((await api.get('/users/me/export', as(who))).status).toBe(200)
    const refused = await api.get('/users/me/export', as(who))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('POST /api/users/me/erase', () => {
  it('refuses without a session, without a password (naming it) and with a wrong one; nothing changes', async () => {
    const who = await person('Paola Prudente')
    const before = await stored(who.id)
    expect((await api.post('/users/me/erase', { password: PASSWORD })).status).toBe(401)
    const missing = await api.post('/users/me/erase', {}, as(who))
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual(['password'])
    // A cross-site post carrying the session cookie is anonymous to the CMS (Payload's csrf list).
    const crossSite = await api.raw('POST', '/users/me/erase', {
      body: { password: PASSWORD },
      headers: { Cookie: `payload-token=${who.token}`, Origin: 'https://evil.example' },
    })
    expect(crossSite.status).toBe(401)
    const sameSite = await api.raw('GET', '/users/me', {
      headers: { Cookie: `payload-token=${who.token}`, Origin: 'http://localhost:3000' },
    })
    expect(sameSite.body.user?.email).toBe(who.email)
    const wrong = await api.post('/users/me/erase', { password: 'not-the-password-1' }, as(who))
    expect(wrong.status).toBe(403)
    expect(await stored(who.id)).toEqual(before)
    expect((await api.get('/users/me', as(who))).body.user.email).toBe(who.email)
  })

  it('erases: no sign-in, no session; practices and comments stay, credited to a former volunteer; no trace on the site; the address is free', async () => {
    const who = await person('Marta Dimenticata')
    const traces = await leaveTraces(who)
    const before = await whatTheSiteReads(traces.publishedId)
    expect(before).toContain(who.email)
    expect(before).toContain(who.name)

    // Their draft waits for Milano's validator; the approvals so far were e-mailed to them.
    await act(traces.draftId, 'submit', as(who))
    const mailedTo = (address: string) => outbox.filter((mail) => mail.to.toLowerCase().includes(address))
    expect(mailedTo(who.email).length).toBeGreaterThan(0)
    const commentBefore = await ctx.payload.findByID({
      collection: 'comments',
      id: traces.commentId,
      depth: 0,
    })
    const versionDates = async () =>
      (
        await ctx.payload.findVersions({
          collection: 'practices',
          where: { parent: { in: [traces.publishedId, traces.draftId] } },
          limit: 0,
          sort: 'id',
          depth: 0,
        })
      ).docs.map((version) => version.updatedAt)
    const datesBefore = await versionDates()
    // Volunteering: their skills, a coordinator flag and a private calendar address go too.
    await ctx.payload.update({
      collection: 'users',
      id: who.id,
      data: { skills: ['driving'], coordinator: true },
    })
    const feed = (await api.post('/shifts/feed-token', {}, as(who))).body.token as string
    expect((await api.get(`/shifts/feed/${feed}`)).status).toBe(200)
    const erased = await api.post('/users/me/erase', { password: PASSWORD }, as(who))
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    expect(erased.headers.get('set-cookie')).toMatch(/payload-token=;/)

    // Sign-in stops, and the old session with it.
    const login = await api.raw('POST', '/users/login', { body: { email: who.email, password: PASSWORD } })
    expect(login.status).toBe(401)
    expect((await api.get('/users/me', as(who))).body.user).toBeNull()
    expect((await api.get('/users/me/export', as(who))).status).toBe(401)

    const unit = await ctx.payload.findByID({
      collection: 'units',
      id: await unitId(ctx.payload, 'LOM-MI'),
      depth: 0,
    })
    const former = `ex volontario/a di ${unit.name}`
    const account = await stored(who.id)
    expect(account).toMatchObject({ accountStatus: 'erased', displayName: former, roles: ['member'] })
    expect(account.skills ?? []).toEqual([])
    expect(account.coordinator ?? false).toBe(false)
    expect(account.shiftFeedToken ?? null).toBeNull()
    expect((await api.get(`/shifts/feed/${feed}`)).status).toBe(404)
    expect(String(account.email)).toMatch(/@erased\.invalid$/)
    expect(account.hash ?? null).toBeNull()
    expect(account.salt ?? null).toBeNull()
    expect(account.sessions ?? []).toEqual([])

    // Their practices and comment stay, credited to the former volunteer.
    const practice = await ctx.payload.findByID({ collection: 'practices', id: traces.publishedId, depth: 0 })
    expect(String(practice.author)).toBe(String(who.id))
    expect(practice.contact).toMatchObject({ email: null, name: null, phone: null, consent: false })
    const draft = await ctx.payload.findByID({
      collection: 'practices',
      id: traces.draftId,
      draft: true,
      depth: 0,
    })
    expect(draft.title).toBe(`Bozza ${traces.code}`)
    expect(draft.contact?.email ?? null).toBeNull()
    const versions = await ctx.payload.findVersions({
      collection: 'practices',
      where: { parent: { in: [traces.publishedId, traces.draftId] } },
      limit: 0,
      depth: 0,
    })
    expect(versions.docs.length).toBeGreaterThan(1)
    for (const version of versions.docs) expect(version.version.contact?.email ?? null).toBeNull()
    const comment = await ctx.payload.findByID({ collection: 'comments', id: traces.commentId, depth: 0 })
    expect(comment).toMatchObject({ body: `Commento ${traces.code}`, authorName: former })
    // Crediting is no edit: nothing looks changed, and the versions keep their order.
    expect(comment.updatedAt).toBe(commentBefore.updatedAt)
    expect(await versionDates()).toEqual(datesBefore)
    const events = await ctx.payload.find({
      collection: 'workflow-events',
      where: { user: { equals: who.id } },
      depth: 0,
    })
    expect(events.docs.length).toBeGreaterThan(0)
    for (const event of events.docs) expect(event.userName).toBe(former)

    // No e-mail kept for them, and the workflow writes to them no more.
    expect(mailedTo(who.email)).toEqual([])
    const sentBefore = outbox.length
    await act(traces.draftId, 'approve', {
      headers: { Authorization: `JWT ${await api.login('validator.milano')}` },
    })
    expect(outbox.length).toBeGreaterThan(sentBefore)
    expect(mailedTo('@erased.invalid')).toEqual([])

    // What the site's next build reads has no trace of them.
    const after = await whatTheSiteReads(traces.publishedId)
    expect(after).not.toContain(who.email)
    expect(after).not.toContain(who.name)
    expect(after).toContain(former)

    // The address is free: the person could register again.
    const again = await api.post('/users/register', {
      name: 'Marta Di Nuovo',
      email: who.email,
      password: PASSWORD,
      unit: await unitId(ctx.payload, 'LOM-MI'),
      language: 'it',
      acceptTerms: true,
    })
    expect(again.status).toBe(202)
    await expect
      .poll(
        async () =>
          (await ctx.payload.find({ collection: 'users', where: { email: { equals: who.email } }, depth: 0 }))
            .docs[0]?.accountStatus,
        { timeout: 15_000 },
      )
      .toBe('pending')
  })
  it('frees their places ahead for the first waiting (told by e-mail), deletes their sign-ups and applications; their notes stay, credited', async () => {
    const who = await person('Bruno Assente')
    const part = await takePart(who, 'volunteer.torino')
    outbox.length = 0
    const erased = await api.post('/users/me/erase', { password: PASSWORD }, as(who))
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    const claims = await ctx.payload.find({
      collection: 'seat-claims',
      where: { user: { equals: who.id } },
      depth: 0,
    })
    expect(claims.docs).toEqual([])
    expect((await ctx.payload.findByID({ collection: 'shifts', id: part.shift, depth: 0 })).seatsTaken).toBe(
      1,
    )
    expect(
      (await ctx.payload.findByID({ collection: 'trainings', id: part.training, depth: 0 })).seatsTaken,
    ).toBe(0)
    const mine = await api.get('/shifts/mine', { as: 'volunteer.torino' })
    expect(
      mine.body.docs.find((row: { shift: { id: unknown } }) => String(row.shift.id) === String(part.shift)),
    ).toMatchObject({ status: 'confirmed' })
    expect(outbox.map((mail) => mail.to)).toEqual(['volunteer.torino@redcloud.example.org'])
    const note = await ctx.payload.findByID({ collection: 'idea-notes', id: part.note, depth: 0 })
    expect(note.authorName).toMatch(/^ex volontario\/a di /)
    expect(note.note).toBe('Nota dati')
  })
})

describe('POST /api/users/:id/erase (an administrator, at the owner’s request)', () => {
  it('erases for admins, again harmlessly; everybody else is refused and nothing changes', async () => {
    const who = await person('Franco Richiesta')
    const before = await stored(who.id)
    expect((await api.post(`/users/${who.id}/erase`, {})).status).toBe(401)
    expect((await api.post(`/users/${who.id}/erase`, {}, { as: 'volunteer.milano' })).status).toBe(404)
    expect((await api.post(`/users/${who.id}/erase`, {}, { as: 'validator.lombardia' })).status).toBe(403)
    expect((await api.post(`/users/${who.id}/erase`, {}, as(who))).status).toBe(403)
    expect(await stored(who.id)).toEqual(before)

    const erased = await api.post(`/users/${who.id}/erase`, {}, { as: 'admin' })
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    expect(erased.body.accountStatus).toBe('erased')
    const account = await stored(who.id)
    expect(account.accountStatus).toBe('erased')
    expect((await api.get('/users/me', as(who))).body.user).toBeNull()
    const again = await api.post(`/users/${who.id}/erase`, {}, { as: 'admin' })
    expect(again.status).toBe(200)
    expect(await stored(who.id)).toEqual(account)
    expect((await api.post('/users/999999/erase', {}, { as: 'admin' })).status).toBe(404)
    expect((await api.post('/users/abc/erase', {}, { as: 'admin' })).status).toBe(404)
  })
})

describe('erasing a desk officer', () => {
  it('their name leaves every support request and every version; the requests stay, assigned as they were', async () => {
    const officer = await demoUser(ctx.payload, 'desk.officer')
    const oldName = String(officer.displayName)
    const mentions = async () => {
      const { docs } = await ctx.payload.db.find({
        collection: 'support-requests',
        limit: 0,
        pagination: false,
      })
      const versions = await ctx.payload.db.findVersions({
        collection: 'support-requests',
        limit: 0,
        pagination: false,
      })
      const text = JSON.stringify([docs, versions.docs])
      return { requests: docs.length, named: text.split(oldName).length - 1 }
    }
    const before = await mentions()
    expect(before.named).toBeGreaterThan(1)
    const erased = await api.post(`/users/${officer.id}/erase`, {}, { as: 'admin' })
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    expect(await mentions()).toEqual({ requests: before.requests, named: 0 })
    const assigned = await ctx.payload.find({
      collection: 'support-requests',
      where: { deskOfficer: { equals: officer.id } },
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    expect(assigned.totalDocs).toBeGreaterThan(0)
    const former = (await stored(officer.id)).displayName
    for (const request of assigned.docs) {
      expect(request.deskOfficerName).toBe(former)
      for (const note of request.progressNotes ?? [])
        if (String(note.author) === String(officer.id)) expect(note.authorName).toBe(former)
    }
  })
})
