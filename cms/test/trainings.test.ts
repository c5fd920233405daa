import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { SEAT_CLAIMS } from '../src/capacity/SEAT_CLAIMS'
import { outbox } from '../src/email/outbox'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { createMemberAccounts } from './helpers/createMemberAccounts'
import { demoEmail, unitId } from './helpers/demoUsers'
import { injectTransactionFaults, type InjectedFaults } from './helpers/injectTransactionFaults'
import { writeConflictError } from './helpers/mongoDriverErrors'
import { restClient, type RestClient } from './helpers/restClient'

type Id = number | string

let ctx: TestContext
let api: RestClient
let injected: InjectedFaults | undefined
const LANGUAGES = ['it', 'en', 'fr', 'es'] as const
const APPLICANTS = Array.from({ length: 30 }, (_, i) => `trainee${String(i + 1).padStart(2, '0')}`)

beforeAll(async () => {
  process.env.RATE_LIMIT_SUBMISSIONS = 'off'
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const unit = await unitId(ctx.payload, 'LOM-MI')
  await createMemberAccounts(
    ctx.payload,
    APPLICANTS.map((name, i) => ({
      name,
      displayName: `Trainee ${i + 1}`,
      unit,
      preferredLanguage: LANGUAGES[i % 4],
    })),
  )
  // log everyone in first: the parallel part then measures the applications only
  for (const name of APPLICANTS) await api.login(name)
})
afterEach(() => {
  injected?.restore()
  injected = undefined
})
afterAll(async () => {
  delete process.env.RATE_LIMIT_SUBMISSIONS
  await ctx?.payload.destroy()
})

const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString()
const newTraining = async (data: Record<string, unknown> = {}) =>
  (
    await ctx.payload.create({
      collection: 'trainings',
      data: {
        title: 'Corso istruttori primo soccorso',
        seats: 5,
        applicationDeadline: inAMonth(),
        ...data,
      } as never,
    })
  ).id
const claimsOf = async (training: Id) =>
  (
    await ctx.payload.find({
      collection: SEAT_CLAIMS,
      where: { and: [{ itemCollection: { equals: 'trainings' } }, { item: { equals: String(training) } }] },
      sort: 'queueNumber',
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs
const seatsTaken = async (training: Id) =>
  (await ctx.payload.findByID({ collection: 'trainings', id: training, depth: 0 })).seatsTaken
const apply = (training: Id, as?: string) => api.post(`/trainings/${training}/apply`, {}, { as })
const withdraw = (training: Id, as?: string) => api.post(`/trainings/${training}/withdraw`, {}, { as })
const emailOf = (name: string) => demoEmail(name)

describe('trainings: created by content managers with just title, seats and deadline', () => {
  it('an editor creates one over the API; a member may not', async () => {
    const body = { title: 'Strumenti digitali', seats: 12, applicationDeadline: inAMonth() }
    const created = await api.post('/trainings', body, { as: 'editor' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).toMatchObject({ seats: 12, seatsTaken: 0, kind: 'training' })
    expect((await api.post('/trainings', body, { as: 'volunteer.milano' })).status).toBe(403)
    const missing = await api.post('/trainings', { title: 'Senza posti' }, { as: 'editor' })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toMatch(/seats/)
    expect(JSON.stringify(missing.body)).toMatch(/applicationDeadline/)
  })

  it('nobody writes seatsTaken over the API', async () => {
    const id = await newTraining()
    const response = await api.patch(`/trainings/${id}`, { seatsTaken: 3, claimSequence: 9 }, { as: 'admin' })
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'trainings', id, depth: 0 })
    expect(stored.seatsTaken).toBe(0)
    expect(stored.claimSequence).toBe(0)
  })
})

describe('the capacity rule under concurrency (MongoDB’s transaction rules hold)', () => {
  let training: Id
  const answers = new Map<string, { status: string; position?: number }>()

  it('30 parallel applications to 5 seats: exactly 5 accepted, 25 waitlisted 1..25 in order, one claim each', async () => {
    training = await newTraining({ seats: 5 })
    const responses = await Promise.all(APPLICANTS.map((name) => apply(training, name)))
    for (const [i, response] of responses.entries()) {
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      answers.set(APPLICANTS[i]!, response.body)
    }
    const statuses = [...answers.values()]
    expect(statuses.filter((a) => a.status === 'accepted')).toHaveLength(5)
    const positions = statuses.filter((a) => a.status === 'waitlisted').map((a) => a.position)
    expect([...positions].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    const claims = await claimsOf(training)
    expect(claims).toHaveLength(30)
    expect(new Set(claims.map((claim) => String(claim.user))).size).toBe(30)
    // the line is the order of application: the accepted first, then positions 1..25
    const users = await ctx.payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0 })
    const nameOf = (id: unknown) => users.docs.find((u) => String(u.id) === String(id))!.email.split('@')[0]!
    expect(claims.slice(0, 5).every((claim) => claim.status === 'accepted')).toBe(true)
    claims.slice(5).forEach((claim, i) => {
      expect(claim.status).toBe('waitlisted')
      expect(answers.get(nameOf(claim.user))).toEqual({ status: 'waitlisted', position: i + 1 })
    })
    expect(await seatsTaken(training)).toBe(5)
  })

  it('a second application is a 409 naming the existing one; nothing is stored', async () => {
    const [first] = await claimsOf(training)
    const name = APPLICANTS.find((n) => answers.get(n)!.status === 'accepted')!
    const again = await apply(training, name)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/already applied/)
    expect(JSON.stringify(again.body)).toMatch(/application \S+/)
    expect(first).toBeTruthy()
    expect(await claimsOf(training)).toHaveLength(30)
  })

  const firstWaiting = () =>
    [...answers.entries()]
      .filter(([, a]) => a.status === 'waitlisted')
      .sort(([, a], [, b]) => a.position! - b.position!)
      .map(([name]) => name)

  it('an accepted person withdraws: the first waitlisted is accepted and e-mailed once, in their language', async () => {
    outbox.length = 0
    const leaving = APPLICANTS.find((n) => answers.get(n)!.status === 'accepted')!
    const next = firstWaiting()[0]!
    const response = await withdraw(training, leaving)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toEqual({ status: 'withdrawn' })
    const claims = await claimsOf(training)
    expect(claims.filter((claim) => claim.status === 'accepted')).toHaveLength(5)
    expect(await seatsTaken(training)).toBe(5)
    expect(outbox.map((mail) => mail.to)).toEqual([emailOf(next)])
    const language = LANGUAGES[APPLICANTS.indexOf(next) % 4]
    const subjects = {
      it: /Hai un posto/,
      en: /A seat is yours/,
      fr: /Une place pour vous/,
      es: /Tienes una plaza/,
    }
    expect(outbox[0]!.subject).toMatch(subjects[language!])
    expect(outbox[0]!.text).toContain(`/${language}/hub/trainings/${training}/`)
    // the next one now leads the line
    const mine = await api.get('/trainings/mine', { as: firstWaiting()[1]! })
    expect(mine.status).toBe(200)
    expect(mine.body.docs).toMatchObject([{ status: 'waitlisted', position: 1 }])
    const promoted = await api.get('/trainings/mine', { as: next })
    expect(promoted.body.docs).toMatchObject([{ status: 'accepted', position: null }])
    answers.set(leaving, { status: 'withdrawn' })
    answers.set(next, { status: 'accepted' })
  })

  it('three accepted withdraw at once: the next three are accepted, each e-mailed once', async () => {
    outbox.length = 0
    const leaving = APPLICANTS.filter((n) => answers.get(n)!.status === 'accepted').slice(0, 3)
    const waiting = [...answers.entries()].filter(([, a]) => a.status === 'waitlisted').map(([name]) => name)
    const claimsBefore = await claimsOf(training)
    const nextThree = claimsBefore
      .filter((claim) => claim.status === 'waitlisted')
      .slice(0, 3)
      .map((claim) => String(claim.user))
    const responses = await Promise.all(leaving.map((name) => withdraw(training, name)))
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200])
    const claims = await claimsOf(training)
    const accepted = claims.filter((claim) => claim.status === 'accepted').map((claim) => String(claim.user))
    expect(accepted).toHaveLength(5)
    expect(accepted).toEqual(expect.arrayContaining(nextThree))
    expect(outbox).toHaveLength(3)
    expect(new Set(outbox.map((mail) => mail.to)).size).toBe(3)
    expect(await seatsTaken(training)).toBe(5)
    expect(waiting.length).toBeGreaterThan(3)
  })

  it('a waitlisted person withdraws: nobody is promoted, nobody e-mailed; they may apply again, at the end', async () => {
    outbox.length = 0
    const claims = await claimsOf(training)
    const waiting = claims.filter((claim) => claim.status === 'waitlisted')
    const users = await ctx.payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0 })
    const name = users.docs.find((u) => String(u.id) === String(waiting[0]!.user))!.email.split('@')[0]!
    expect((await withdraw(training, name)).status).toBe(200)
    expect(outbox).toHaveLength(0)
    expect((await withdraw(training, name)).status).toBe(404)
    const again = await apply(training, name)
    expect(again.body).toEqual({ status: 'waitlisted', position: waiting.length })
    expect(await claimsOf(training)).toHaveLength(30)
  })

  it('a write conflict on the training (MongoDB) runs the application again: one claim, exact count', async () => {
    const id = await newTraining({ seats: 2 })
    injected = injectTransactionFaults(ctx.payload, [
      { operation: 'updateOne', collection: 'trainings', times: 2, error: writeConflictError },
    ])
    const response = await apply(id, APPLICANTS[0])
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toEqual({ status: 'accepted' })
    expect(injected.calls()[0]!.thrown).toBe(2)
    expect(await claimsOf(id)).toHaveLength(1)
    expect(await seatsTaken(id)).toBe(1)
  })
})

describe('who may apply, and when', () => {
  it('anonymous 401; after the deadline 409 naming applicationDeadline; not eligible 403', async () => {
    const open = await newTraining()
    expect((await apply(open)).status).toBe(401)
    expect((await withdraw(open)).status).toBe(401)
    expect((await api.get('/trainings/mine')).status).toBe(401)
    expect((await api.get('/trainings/mine', { as: 'editor' })).body).toEqual({ docs: [] })
    const closed = await newTraining({ applicationDeadline: new Date(Date.now() - 86_400_000).toISOString() })
    const late = await apply(closed, 'volunteer.milano')
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toMatch(/applicationDeadline/)
    const validators = await newTraining({ eligibleRoles: ['validator'] })
    expect((await apply(validators, 'volunteer.milano')).status).toBe(403)
    expect((await apply(validators, 'validator.lombardia')).status).toBe(200)
    const lombardy = await newTraining({ eligibleUnits: [await unitId(ctx.payload, 'LOM')] })
    expect((await apply(lombardy, 'volunteer.milano')).status).toBe(200)
    const milan = await newTraining({ eligibleUnits: [await unitId(ctx.payload, 'LOM-MI')] })
    expect((await apply(milan, 'validator.lombardia')).status).toBe(403)
    expect((await apply(999999, 'volunteer.milano')).status).toBe(404)
    for (const id of [closed, validators, lombardy, milan])
      expect((await claimsOf(id)).length).toBeLessThan(2)
  })

  it('seats lowered below the accepted count drop nobody; raised seats go to the first waiting', async () => {
    const id = await newTraining({ seats: 3 })
    for (const name of APPLICANTS.slice(0, 3)) expect((await apply(id, name)).body.status).toBe('accepted')
    await ctx.payload.update({ collection: 'trainings', id, data: { seats: 1 } })
    expect((await claimsOf(id)).filter((claim) => claim.status === 'accepted')).toHaveLength(3)
    expect((await apply(id, APPLICANTS[3])).body).toEqual({ status: 'waitlisted', position: 1 })
    expect((await apply(id, APPLICANTS[4])).body).toEqual({ status: 'waitlisted', position: 2 })
    // one accepted leaves: still 2 accepted for 1 seat, nobody moves up
    expect((await withdraw(id, APPLICANTS[0])).status).toBe(200)
    expect((await claimsOf(id)).filter((claim) => claim.status === 'accepted')).toHaveLength(2)
    outbox.length = 0
    await api.patch(`/trainings/${id}`, { seats: 3 }, { as: 'editor' })
    const claims = await claimsOf(id)
    expect(claims.filter((claim) => claim.status === 'accepted')).toHaveLength(3)
    expect(outbox.map((mail) => mail.to)).toEqual([emailOf(APPLICANTS[3]!)])
    expect(await seatsTaken(id)).toBe(3)
    // a deleted training takes its applications with it
    expect((await api.del(`/trainings/${id}`, { as: 'editor' })).status).toBe(200)
    expect(await claimsOf(id)).toHaveLength(0)
  })
})
