import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SEAT_CLAIMS } from '../src/capacity/SEAT_CLAIMS'
import { outbox } from '../src/email/outbox'
import { formatShift } from '../src/contract/formatShift'
import { sendShiftReminders } from '../src/volunteering/sendShiftReminders'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { createMemberAccounts } from './helpers/createMemberAccounts'
import { demoEmail, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

type Id = number | string

let ctx: TestContext
let api: RestClient
const HOUR = 3_600_000
const VOLUNTEERS = Array.from({ length: 12 }, (_, i) => `helper${String(i + 1).padStart(2, '0')}`)
const LANGUAGES = ['it', 'en', 'fr', 'es'] as const

beforeAll(async () => {
  process.env.RATE_LIMIT_SUBMISSIONS = 'off'
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const unit = await unitId(ctx.payload, 'LAZ-RM')
  await createMemberAccounts(
    ctx.payload,
    VOLUNTEERS.map((name, i) => ({
      name,
      displayName: `Helper ${i + 1}`,
      unit,
      preferredLanguage: LANGUAGES[i % 4],
    })),
  )
  for (const name of VOLUNTEERS) await api.login(name)
})
afterAll(async () => {
  delete process.env.RATE_LIMIT_SUBMISSIONS
  await ctx?.payload.destroy()
})

const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString()
const romeNeed = async () =>
  (
    await ctx.payload.create({
      collection: 'needs',
      data: { title: 'Turno', unit: await unitId(ctx.payload, 'LAZ-RM') },
    })
  ).id
const newShift = async (capacity: number, startInHours = 48) =>
  (
    await ctx.payload.create({
      collection: 'shifts',
      data: {
        need: await romeNeed(),
        start: inHours(startInHours),
        end: inHours(startInHours + 3),
        capacity,
      },
    })
  ).id
const claimsOf = async (shift: Id) =>
  (
    await ctx.payload.find({
      collection: SEAT_CLAIMS,
      where: { and: [{ itemCollection: { equals: 'shifts' } }, { item: { equals: String(shift) } }] },
      sort: 'queueNumber',
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs
const seatsTaken = async (shift: Id) =>
  (await ctx.payload.findByID({ collection: 'shifts', id: shift, depth: 0 })).seatsTaken
const signUp = (shift: Id, as?: string) => api.post(`/shifts/${shift}/signup`, {}, { as })
const cancel = (shift: Id, as?: string) => api.post(`/shifts/${shift}/cancel`, {}, { as })

describe('needs and shifts: posted over the API with just the named fields, by those who keep the unit', () => {
  it('a coordinator posts a need (their unit) and a shift; a plain member may not; another unit is refused naming the field', async () => {
    const need = await api.post('/needs', { title: 'Raccolta coperte' }, { as: 'volunteer.roma' })
    expect(need.status, JSON.stringify(need.body)).toBe(201)
    expect(String(need.body.doc.unit.id ?? need.body.doc.unit)).toBe(
      String(await unitId(ctx.payload, 'LAZ-RM')),
    )
    const body = { need: need.body.doc.id, start: inHours(30), end: inHours(33), capacity: 4 }
    const shift = await api.post('/shifts', body, { as: 'volunteer.roma' })
    expect(shift.status, JSON.stringify(shift.body)).toBe(201)
    expect(shift.body.doc).toMatchObject({ capacity: 4, seatsTaken: 0 })
    expect((await api.post('/needs', { title: 'No' }, { as: 'volunteer.milano' })).status).toBe(403)
    const elsewhere = await api.post(
      '/needs',
      { title: 'Altrove', unit: await unitId(ctx.payload, 'LOM-MI') },
      { as: 'volunteer.roma' },
    )
    expect(elsewhere.status).toBe(400)
    expect(JSON.stringify(elsewhere.body)).toContain('unit')
    const milanoNeed = await ctx.payload.create({
      collection: 'needs',
      data: { title: 'Milano', unit: await unitId(ctx.payload, 'LOM-MI') },
    })
    const foreign = await api.post('/shifts', { ...body, need: milanoNeed.id }, { as: 'volunteer.roma' })
    expect(foreign.status).toBe(400)
    expect(JSON.stringify(foreign.body)).toContain('need')
    const backwards = await api.post('/shifts', { ...body, end: inHours(29) }, { as: 'volunteer.roma' })
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body)).toContain('end')
    expect((await api.patch(`/shifts/${shift.body.doc.id}`, { seatsTaken: 3 }, { as: 'admin' })).status).toBe(
      200,
    )
    expect(await seatsTaken(shift.body.doc.id)).toBe(0)
  })
})

describe('sign-ups under concurrency (MongoDB’s transaction rules hold)', () => {
  let shift: Id
  it('12 parallel sign-ups to 3 places: exactly 3 confirmed, 9 waitlisted 1..9, one sign-up each', async () => {
    shift = await newShift(3)
    const answers = await Promise.all(VOLUNTEERS.map((name) => signUp(shift, name)))
    expect(answers.map((a) => a.status)).toEqual(VOLUNTEERS.map(() => 200))
    const confirmed = answers.filter((a) => a.body.status === 'confirmed')
    expect(confirmed).toHaveLength(3)
    expect(confirmed.every((a) => a.body.position === undefined)).toBe(true)
    const positions = answers.filter((a) => a.body.status === 'waitlisted').map((a) => a.body.position)
    expect(positions.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    const claims = await claimsOf(shift)
    expect(claims).toHaveLength(12)
    expect(claims.filter((c) => c.status === 'accepted')).toHaveLength(3)
    expect(await seatsTaken(shift)).toBe(3)
    expect((await signUp(shift, VOLUNTEERS[0])).status).toBe(409)
  })

  it('a confirmed volunteer cancels: the first waiting is confirmed and e-mailed once; "My shifts" says so', async () => {
    const claims = await claimsOf(shift)
    const users = await ctx.payload.find({
      collection: 'users',
      where: { email: { like: 'helper' } },
      limit: 0,
      depth: 0,
    })
    const nameOf = (id: unknown) => users.docs.find((u) => String(u.id) === String(id))!.email!.split('@')[0]!
    const leaving = nameOf(claims.find((c) => c.status === 'accepted')!.user)
    const next = nameOf(claims.find((c) => c.status === 'waitlisted')!.user)
    outbox.length = 0
    const answer = await cancel(shift, leaving)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ status: 'cancelled' })
    expect(outbox.map((mail) => mail.to)).toEqual([demoEmail(next)])
    expect(outbox[0]!.text).toContain('/account/shifts/')
    expect(await seatsTaken(shift)).toBe(3)
    const mine = await api.get('/shifts/mine', { as: next })
    expect(
      mine.body.docs.find((d: { shift: { id: Id } }) => String(d.shift.id) === String(shift)),
    ).toMatchObject({
      status: 'confirmed',
      position: null,
    })
    const third = nameOf((await claimsOf(shift)).filter((c) => c.status === 'waitlisted')[2]!.user)
    const waiting = await api.get('/shifts/mine', { as: third })
    expect(waiting.body.docs[0]).toMatchObject({ status: 'waitlisted', position: 3 })
    expect((await cancel(shift, leaving)).status).toBe(404)
  })

  it('four cancel at once: places stay exact and the line moves up in order', async () => {
    const claims = await claimsOf(shift)
    const users = await ctx.payload.find({
      collection: 'users',
      where: { email: { like: 'helper' } },
      limit: 0,
      depth: 0,
    })
    const nameOf = (id: unknown) => users.docs.find((u) => String(u.id) === String(id))!.email!.split('@')[0]!
    const confirmed = claims.filter((c) => c.status === 'accepted').map((c) => nameOf(c.user))
    const firstWaiting = claims
      .filter((c) => c.status === 'waitlisted')
      .slice(0, 3)
      .map((c) => String(c.user))
    const leaving = [...confirmed, nameOf(claims.filter((c) => c.status === 'waitlisted')[5]!.user)]
    const answers = await Promise.all(leaving.map((name) => cancel(shift, name)))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
    const after = await claimsOf(shift)
    expect(
      after
        .filter((c) => c.status === 'accepted')
        .map((c) => String(c.user))
        .sort(),
    ).toEqual(firstWaiting.sort())
    expect(await seatsTaken(shift)).toBe(3)
  })
})

describe('when and who', () => {
  it('anonymous 401; after the start 409 naming start; unknown or hostile ids 404, never 5xx', async () => {
    const shift = await newShift(2)
    expect((await signUp(shift)).status).toBe(401)
    expect((await cancel(shift)).status).toBe(401)
    const started = await newShift(2, -1)
    const late = await signUp(started, 'helper01')
    expect(late.status).toBe(409)
    expect(JSON.stringify(late.body)).toContain('start')
    for (const id of ['999999999', 'abc', "1'%20OR%201=1", '%00'])
      expect((await signUp(id, 'helper01')).status).toBeLessThan(500)
    expect((await cancel(shift, 'helper01')).status).toBe(404)
  })

  it('the day-before reminder goes once to each confirmed volunteer, however many runs', async () => {
    const shift = await newShift(1, 20)
    await signUp(shift, 'helper02')
    await signUp(shift, 'helper03')
    outbox.length = 0
    const first = await sendShiftReminders({ payload: ctx.payload })
    expect(outbox.filter((mail) => mail.to === demoEmail('helper02'))).toHaveLength(1)
    expect(outbox.filter((mail) => mail.to === demoEmail('helper03'))).toHaveLength(0)
    expect(first.sent).toBeGreaterThanOrEqual(1)
    // The times as the site shows them, on SHIFT_TIME_ZONE's clock (Europe/Rome by default), named.
    const stored = await ctx.payload.findByID({ collection: 'shifts', id: shift, depth: 0 })
    const reminder = outbox.find((mail) => mail.to === demoEmail('helper02'))!
    const locale = (['it', 'en', 'fr', 'es'] as const).find((l) =>
      reminder.subject.includes(formatShift({ ...stored, locale: l, timeZone: 'Europe/Rome' })),
    )
    expect(locale).toBeDefined()
    expect(reminder.subject).toContain('(Europe/Rome)')
    outbox.length = 0
    await Promise.all([
      sendShiftReminders({ payload: ctx.payload }),
      sendShiftReminders({ payload: ctx.payload }),
    ])
    expect(outbox.filter((mail) => mail.to === demoEmail('helper02'))).toHaveLength(0)
  })

  it('suggestions: needs near the member with free places, their skills first', async () => {
    expect((await api.get('/needs/suggested')).status).toBe(401)
    const answer = await api.get('/needs/suggested?locale=en', { as: 'volunteer.milano' })
    expect(answer.status).toBe(200)
    expect(answer.body.docs[0]).toMatchObject({ title: 'Food parcel distribution' })
    expect(answer.body.docs[0].matchedSkills).toContain('logistics')
    const lombardy = await ctx.payload.find({
      collection: 'units',
      where: { code: { like: 'LOM' } },
      depth: 0,
      limit: 0,
    })
    const needs = await ctx.payload.find({
      collection: 'needs',
      where: { id: { in: answer.body.docs.map((d: { id: Id }) => d.id) } },
      depth: 0,
      limit: 0,
    })
    expect(needs.docs.length).toBeGreaterThan(0)
    const area = lombardy.docs.map((unit) => String(unit.id))
    expect(needs.docs.every((need) => area.includes(String(need.unit)))).toBe(true)
  })
})

describe('deleting', () => {
  it('a deleted need takes its shifts and their sign-ups with it', async () => {
    const shift = await newShift(2)
    expect((await signUp(shift, 'helper04')).status).toBe(200)
    const need = (await ctx.payload.findByID({ collection: 'shifts', id: shift, depth: 0 })).need
    const removed = await api.del(`/needs/${String(need)}`, { as: 'volunteer.roma' })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect(await ctx.payload.findByID({ collection: 'shifts', id: shift, disableErrors: true })).toBeNull()
    expect(await claimsOf(shift)).toEqual([])
  })
})
