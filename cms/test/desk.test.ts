import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { closeFundingCalls } from '../src/desk/closeFundingCalls'
import { sendFundingCallAlerts } from '../src/desk/sendFundingCallAlerts'
import { outbox } from '../src/email/outbox'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail, demoUser, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'
import type { Theme } from '../src/payload-types'

// Generated types say number (SQLite); on MongoDB the same values are strings at run time.
type Id = Theme['id']

const DAY = 24 * 60 * 60 * 1000
const inDays = (days: number, from = Date.now()) => new Date(from + days * DAY).toISOString()

let ctx: TestContext
let api: RestClient
let themes: Id[]

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  themes = (await ctx.payload.find({ collection: 'themes', limit: 3, depth: 0, pagination: false })).docs.map(
    (doc) => doc.id,
  )
})
beforeEach(() => {
  outbox.length = 0
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const call = (data: Record<string, unknown>) => api.post('/funding-calls', data, { as: 'editor' })
const base = () => ({
  title: `Bando ${Math.random().toString(36).slice(2)}`,
  funder: 'Fondazione Cariplo',
  deadline: inDays(20),
})

describe('funding calls: what the server accepts (400 naming the field, never 5xx)', () => {
  it('refuses an amount range upside down, naming amountMax, also on a PATCH of one end', async () => {
    const bad = await call({ ...base(), amountMin: 5000, amountMax: 1000 })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('amountMax')
    const good = await call({ ...base(), amountMin: 1000, amountMax: 5000 })
    expect(good.status, JSON.stringify(good.body)).toBe(201)
    const patch = await api.patch(`/funding-calls/${good.body.doc.id}`, { amountMin: 9000 }, { as: 'editor' })
    expect(patch.status).toBe(400)
    expect(JSON.stringify(patch.body)).toContain('amountMax')
    expect((await call({ ...base(), amountMin: -1 })).status).toBe(400)
  })

  it('asks for the units of a regional or local call, naming units', async () => {
    const bad = await call({ ...base(), scope: 'regional' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('units')
    const good = await call({ ...base(), scope: 'regional', units: [await unitId(ctx.payload, 'LOM')] })
    expect(good.status, JSON.stringify(good.body)).toBe(201)
  })

  it('refuses a time zone that is not one, a link that is not http(s), a missing deadline', async () => {
    for (const [field, value] of [
      ['timeZone', 'Mars/Olympus'],
      ['timeZone', '../../etc/passwd'],
      ['link', 'javascript:alert(1)'],
      ['link', 'data:text/html,<script>alert(1)</script>'],
      ['deadline', null],
      ['deadline', 'not a date'],
    ] as const) {
      const response = await call({ ...base(), [field]: value })
      expect(response.status, `${field}=${String(value)}`).toBe(400)
      expect(JSON.stringify(response.body), field).toContain(field)
    }
    const zone = await call({
      ...base(),
      timeZone: 'America/New_York',
      link: 'https://www.fondazionecariplo.it/',
    })
    expect(zone.status, JSON.stringify(zone.body)).toBe(201)
    expect(zone.body.doc.timeZone).toBe('America/New_York')
  })

  it('keeps the status to itself: open until the deadline, closed after, whatever the request says', async () => {
    const open = await call({ ...base(), status: 'closed' })
    expect(open.status, JSON.stringify(open.body)).toBe(201)
    expect(open.body.doc.status).toBe('open')
    const past = await call({ ...base(), deadline: inDays(-1) })
    expect(past.body.doc.status).toBe('closed')
    const reopened = await api.patch(
      `/funding-calls/${past.body.doc.id}`,
      { status: 'open' },
      { as: 'admin' },
    )
    expect(reopened.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'funding-calls', id: past.body.doc.id })).status).toBe(
      'closed',
    )
    const extended = await api.patch(
      `/funding-calls/${past.body.doc.id}`,
      { deadline: inDays(3) },
      { as: 'editor' },
    )
    expect(extended.body.doc.status).toBe('open')
  })

  it('the daily task closes the calls whose deadline passed, and only those', async () => {
    const soon = await ctx.payload.create({
      collection: 'funding-calls',
      data: { ...base(), deadline: inDays(2) },
    })
    const later = await ctx.payload.create({
      collection: 'funding-calls',
      data: { ...base(), deadline: inDays(9) },
    })
    const result = await closeFundingCalls({ payload: ctx.payload, now: new Date(Date.now() + 3 * DAY) })
    expect(result.closed).toBeGreaterThanOrEqual(1)
    expect((await ctx.payload.findByID({ collection: 'funding-calls', id: soon.id })).status).toBe('closed')
    expect((await ctx.payload.findByID({ collection: 'funding-calls', id: later.id })).status).toBe('open')
  })
})

describe('resources: a file or a link', () => {
  it('refuses neither, naming file; refuses a javascript: link, naming link', async () => {
    const none = await api.post('/resources', { title: 'Senza niente', type: 'tool' }, { as: 'editor' })
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.body)).toContain('file')
    const script = await api.post(
      '/resources',
      { title: 'Link', type: 'tool', link: 'javascript:alert(1)' },
      {
        as: 'editor',
      },
    )
    expect(script.status).toBe(400)
    expect(JSON.stringify(script.body)).toContain('link')
    const bad = await api.post(
      '/resources',
      { title: 'Tipo', type: 'weapon', link: 'https://example.org' },
      {
        as: 'editor',
      },
    )
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('type')
    const ok = await api.post(
      '/resources',
      { title: 'Link', type: 'tool', link: 'https://example.org' },
      { as: 'editor' },
    )
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect(ok.body.doc.visibility).toBe('members')
  })
})

describe('call alerts: each subscriber hears of each call once, in their language', () => {
  it('e-mails subscribers of a theme N days before, once however many runs; not others, not closed calls', async () => {
    const [theme, other] = themes as [Id, Id]
    const milano = await demoUser(ctx.payload, 'volunteer.milano')
    const roma = await demoUser(ctx.payload, 'volunteer.roma')
    const torino = await demoUser(ctx.payload, 'volunteer.torino')
    await ctx.payload.update({
      collection: 'users',
      id: milano.id,
      data: { preferredLanguage: 'en', callAlerts: { themes: [theme], daysBefore: 7 } },
    })
    await ctx.payload.update({
      collection: 'users',
      id: roma.id,
      data: { preferredLanguage: 'fr', callAlerts: { themes: [theme], daysBefore: 3 } },
    })
    await ctx.payload.update({
      collection: 'users',
      id: torino.id,
      data: { callAlerts: { themes: [other], daysBefore: 30 } },
    })
    const now = Date.now()
    const target = await ctx.payload.create({
      collection: 'funding-calls',
      data: {
        title: 'Bando Volontariato 2027',
        funder: 'Fondazione Prova Avvisi',
        deadline: inDays(5, now),
        themes: [theme],
        timeZone: 'Europe/Rome',
      },
      locale: 'it',
    })
    await ctx.payload.update({
      collection: 'funding-calls',
      id: target.id,
      data: { title: 'Volunteering Call 2027' },
      locale: 'en',
    })
    await ctx.payload.create({
      collection: 'funding-calls',
      data: { ...base(), deadline: inDays(-1, now), themes: [theme] },
    })

    const first = await sendFundingCallAlerts({ payload: ctx.payload, now: new Date(now) })
    const about = (name: string) =>
      outbox.filter((mail) => mail.to === demoEmail(name) && mail.text.includes('Fondazione Prova Avvisi'))
    const toMilano = about('volunteer.milano')
    expect(toMilano).toHaveLength(1)
    expect(toMilano[0]!.subject).toBe('Deadline approaching: Volunteering Call 2027')
    expect(toMilano[0]!.text).toContain('Fondazione Prova Avvisi')
    expect(toMilano[0]!.text).toContain(`/en/desk/calls/${target.slug}/`)
    // Roma asked for 3 days: the deadline is 5 days away.
    expect(about('volunteer.roma')).toHaveLength(0)
    expect(about('volunteer.torino')).toHaveLength(0)
    expect(first.sent).toBeGreaterThanOrEqual(1)

    outbox.length = 0
    await sendFundingCallAlerts({ payload: ctx.payload, now: new Date(now) })
    expect(about('volunteer.milano')).toHaveLength(0)

    // Two days later Roma's window opens: Roma once, in French; Milano nothing more.
    await sendFundingCallAlerts({ payload: ctx.payload, now: new Date(now + 2.5 * DAY) })
    await sendFundingCallAlerts({ payload: ctx.payload, now: new Date(now + 2.6 * DAY) })
    const toRoma = about('volunteer.roma')
    expect(toRoma).toHaveLength(1)
    expect(toRoma[0]!.subject).toContain('Échéance proche')
    expect(about('volunteer.milano')).toHaveLength(0)

    const records = await ctx.payload.find({
      collection: 'funding-call-alerts',
      where: { call: { equals: target.id } },
      depth: 0,
      pagination: false,
    })
    expect(records.docs.map((doc) => doc.key).sort()).toEqual(
      [`${milano.id}:${target.id}`, `${roma.id}:${target.id}`].sort(),
    )
  })

  it('the unique key holds when two runs race: one e-mail', async () => {
    const theme = themes[2]!
    const validator = await demoUser(ctx.payload, 'validator.roma')
    await ctx.payload.update({
      collection: 'users',
      id: validator.id,
      data: { callAlerts: { themes: [theme], daysBefore: 10 } },
    })
    const now = Date.now()
    await ctx.payload.create({
      collection: 'funding-calls',
      data: { ...base(), funder: 'Fondazione in gara', deadline: inDays(4, now), themes: [theme] },
    })
    await Promise.all([
      sendFundingCallAlerts({ payload: ctx.payload, now: new Date(now) }),
      sendFundingCallAlerts({ payload: ctx.payload, now: new Date(now) }),
    ])
    expect(
      outbox.filter(
        (mail) => mail.to === demoEmail('validator.roma') && mail.text.includes('Fondazione in gara'),
      ),
    ).toHaveLength(1)
  })
})
