import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoEmail, demoUser, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

// A low limit for this file only (each test file runs in its own process): every other test
// registers each address at most twice.
process.env.RATE_LIMIT_REGISTER = '3/h'

let ctx: TestContext
let api: RestClient
/** What the CMS hands its e-mail adapter: the verification e-mail is HTML, the others text. */
const sent: { to: string; subject: string; body: string }[] = []

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const original = ctx.payload.email.sendEmail.bind(ctx.payload.email)
  vi.spyOn(ctx.payload.email, 'sendEmail').mockImplementation(async (message) => {
    sent.push({
      to: String(message.to),
      subject: String(message.subject),
      body: `${String(message.html ?? '')}${String(message.text ?? '')}`,
    })
    return original(message)
  })
  // RedCloud's own account e-mails go through payload.sendEmail, bound to the adapter at start.
  const sendEmail = ctx.payload.sendEmail.bind(ctx.payload)
  vi.spyOn(ctx.payload, 'sendEmail').mockImplementation(async (message) => {
    sent.push({
      to: String(message?.to),
      subject: String(message?.subject),
      body: `${String(message?.html ?? '')}${String(message?.text ?? '')}`,
    })
    return sendEmail(message)
  })
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const PASSWORD = 'a-long-password-42'
let serial = 0
const freshEmail = () => `new.volunteer.${Date.now().toString(36)}${serial++}@example.org`

const registration = async (overrides: Record<string, unknown> = {}) => ({
  name: 'Nuova Volontaria',
  email: freshEmail(),
  password: PASSWORD,
  unit: await unitId(ctx.payload, 'LOM-MI'),
  language: 'fr',
  acceptTerms: true,
  ...overrides,
})

const stored = async (email: string) =>
  (
    await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      depth: 0,
      showHiddenFields: true,
    })
  ).docs[0] as (Record<string, unknown> & { id: number | string }) | undefined

const mailTo = (email: string) => sent.filter((mail) => mail.to === email)

/** Registers, waits for the account and its e-mail (both come after the answer), returns the link's token. */
const registerAndReadToken = async (body: Record<string, unknown>) => {
  const response = await api.post('/users/register', body)
  expect(response.status, JSON.stringify(response.body)).toBe(202)
  const email = String(body.email)
  await vi.waitFor(() => expect(mailTo(email)).toHaveLength(1), { timeout: 15_000 })
  const link = new URL((/href="([^"]+)"/.exec(mailTo(email)[0]!.body)?.[1] ?? '').replace(/&amp;/g, '&'))
  await vi.waitFor(async () => expect(await stored(email)).toBeDefined(), { timeout: 10_000 })
  return { link, token: link.searchParams.get('token') ?? '' }
}

const login = (email: string, password = PASSWORD) =>
  api.raw('POST', '/users/login', { body: { email, password } })

describe('SECURITY.md §13 Same time, same words: registering', () => {
  it('answers the same 202 body for a new and a known address; the owner of the known one is told', async () => {
    const fresh = await registration()
    const unknown = await api.post('/users/register', fresh)
    const known = await api.post(
      '/users/register',
      await registration({ email: demoEmail('volunteer.milano') }),
    )
    expect(unknown.status).toBe(202)
    expect(known.status).toBe(202)
    expect(known.body).toEqual(unknown.body)

    await vi.waitFor(() => expect(mailTo(demoEmail('volunteer.milano'))).toHaveLength(1), { timeout: 15_000 })
    const warning = mailTo(demoEmail('volunteer.milano'))[0]!
    expect(warning.subject).toBe('RedCloud: qualcuno ha provato a registrarsi con il tuo indirizzo')
    expect(warning.body).toContain('/it/account/login/')
    expect(warning.body).toContain('/it/account/forgot/')
    const owner = await stored(demoEmail('volunteer.milano'))
    expect(owner?.displayName).toBe('Sara Galli')
    expect(owner?.accountStatus).toBe('active')

    await vi.waitFor(async () => expect(await stored(fresh.email as string)).toBeDefined(), {
      timeout: 15_000,
    })
  })
})

describe('registering again before confirming', () => {
  it('sends the same confirmation link again and changes nothing else', async () => {
    const body = await registration({ language: 'it' })
    const { token } = await registerAndReadToken(body)
    const again = await api.post('/users/register', { ...body, name: 'Altro Nome', language: 'es' })
    expect(again.status).toBe(202)
    const email = String(body.email)
    await vi.waitFor(() => expect(mailTo(email)).toHaveLength(2), { timeout: 15_000 })
    expect(mailTo(email)[1]!.subject).toBe('RedCloud: conferma il tuo indirizzo e-mail')
    expect(mailTo(email)[1]!.body).toContain(`token=${token}`)
    const account = await stored(email)
    expect(account?.displayName).toBe('Nuova Volontaria')
    expect(account?.preferredLanguage).toBe('it')
  })
})

describe('SECURITY.md §3 No privilege through writes: registration takes only its own fields', () => {
  it('ignores roles, status, verification, another unit and any other field', async () => {
    const body = await registration({
      roles: ['admin', 'validator'],
      accountStatus: 'active',
      _verified: true,
      status: 'active',
      author: 1,
      id: 424242,
      displayName: 'Someone Else',
      accountDecisionComment: 'approved by myself',
      preferredLanguage: 'en',
    })
    const { token } = await registerAndReadToken(body)
    const account = await stored(String(body.email))
    expect(account?.roles).toEqual(['member'])
    expect(account?.accountStatus).toBe('pending')
    expect(account?._verified).toBe(false)
    expect(account?.displayName).toBe('Nuova Volontaria')
    expect(account?.preferredLanguage).toBe('fr')
    expect(account?.accountDecisionComment ?? null).toBeNull()
    expect(String(account?.id)).not.toBe('424242')
    expect(token).toMatch(/^[0-9a-f]{40}$/)
  })
})

describe('SECURITY.md §4 Bad input: a 400 that names each wrong field, nothing stored', () => {
  it('names every missing field of an empty registration', async () => {
    const response = await api.post('/users/register', {})
    expect(response.status).toBe(400)
    const paths = response.body.errors[0].data.errors.map((error: { path: string }) => error.path).sort()
    expect(paths).toEqual(['acceptTerms', 'email', 'language', 'name', 'password', 'unit'])
  })

  it('names the one field that is wrong', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ password: 'short1' }, 'password'],
      [{ password: 'onlylettersbutlong' }, 'password'],
      [{ unit: 999_999 }, 'unit'],
      [{ unit: 'LOM-MI' }, 'unit'],
      [{ language: 'de' }, 'language'],
      [{ acceptTerms: false }, 'acceptTerms'],
      [{ email: 'not-an-address' }, 'email'],
      [{ name: 'x'.repeat(81) }, 'name'],
      [{ name: 'Evil\u202Eoverride' }, 'name'],
    ]
    for (const [override, path] of cases) {
      const body = await registration(override)
      const response = await api.post('/users/register', body)
      expect(response.status, path).toBe(400)
      expect(response.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual([path])
      if (typeof body.email === 'string') expect(await stored(body.email)).toBeUndefined()
    }
  })
})

describe('SECURITY.md §7 Sessions: registrations are rate limited', () => {
  it('answers 429 with Retry-After once an address has asked too often', async () => {
    const body = await registration({ language: 'xx' })
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await api.post('/users/register', body)).status).toBe(400)
    }
    const refused = await api.post('/users/register', body)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('registration → verification → pending → decision by the unit', () => {
  it('a pending account cannot sign in until a validator whose subtree holds its unit approves it', async () => {
    const body = await registration()
    const email = String(body.email)
    const { link, token } = await registerAndReadToken(body)
    expect(link.pathname).toBe('/fr/account/verify/')
    expect(mailTo(email)[0]!.subject).toBe('RedCloud : confirmez votre adresse e-mail')

    // Not confirmed yet: Payload's own refusal.
    expect((await login(email)).status).toBe(403)
    const id = (await stored(email))!.id
    const pendingBefore = await api.get('/users/pending', { as: 'validator.milano' })
    expect(pendingBefore.body.docs.map((doc: { id: unknown }) => String(doc.id))).not.toContain(String(id))

    expect((await api.post(`/users/verify/${token}`, {})).status).toBe(200)
    expect((await stored(email))?._verified).toBe(true)
    const refused = await login(email)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe('Your account is waiting for approval by your unit.')
    expect(refused.body.errors[0].data).toEqual({ accountStatus: 'pending' })
    expect(refused.body.token).toBeUndefined()
    expect(
      (await ctx.payload.findByID({ collection: 'users', id, showHiddenFields: true })).sessions ?? [],
    ).toEqual([])

    // The queue: the unit's validators and admins, nobody else.
    for (const name of ['validator.milano', 'validator.lombardia', 'validator.national', 'admin']) {
      const queue = await api.get('/users/pending', { as: name })
      expect(queue.status, name).toBe(200)
      expect(
        queue.body.docs.map((doc: { id: unknown }) => String(doc.id)),
        name,
      ).toContain(String(id))
    }
    const elsewhere = await api.get('/users/pending', { as: 'validator.lazio' })
    expect(elsewhere.status).toBe(200)
    expect(elsewhere.body.docs.map((doc: { id: unknown }) => String(doc.id))).not.toContain(String(id))
    expect((await api.get('/users/pending', { as: 'volunteer.milano' })).status).toBe(403)
    expect((await api.get('/users/pending', { as: 'editor' })).status).toBe(403)
    expect((await api.get('/users/pending')).status).toBe(401)

    // Decisions by those who may not: nothing changes.
    const approve = { decision: 'approve' }
    expect((await api.post(`/users/${id}/account-decision`, approve)).status).toBe(401)
    expect([403, 404]).toContain(
      (await api.post(`/users/${id}/account-decision`, approve, { as: 'validator.lazio' })).status,
    )
    expect([403, 404]).toContain(
      (await api.post(`/users/${id}/account-decision`, approve, { as: 'volunteer.milano' })).status,
    )
    expect((await api.post(`/users/${id}/account-decision`, approve, { as: 'editor' })).status).toBe(403)
    expect(
      (await api.post(`/users/${id}/account-decision`, { decision: 'maybe' }, { as: 'validator.lombardia' }))
        .status,
    ).toBe(400)
    expect((await stored(email))?.accountStatus).toBe('pending')

    sent.length = 0
    const decided = await api.post(
      `/users/${id}/account-decision`,
      { ...approve, comment: 'Benvenuta!' },
      { as: 'validator.lombardia' },
    )
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    expect(decided.body.accountStatus).toBe('active')
    const account = await stored(email)
    expect(account?.accountStatus).toBe('active')
    expect(account?.roles).toEqual(['member'])
    const mail = mailTo(email)
    expect(mail).toHaveLength(1)
    expect(mail[0]!.subject).toBe('RedCloud : votre compte est approuvé')
    expect(mail[0]!.body).toContain('Benvenuta!')
    expect(mail[0]!.body).toContain('/fr/account/login/')

    expect((await api.post(`/users/${id}/account-decision`, approve, { as: 'admin' })).status).toBe(409)
    const signedIn = await login(email)
    expect(signedIn.status).toBe(200)
    const me = await api.raw('GET', '/users/me', { token: signedIn.body.token })
    expect(String(me.body.user.id)).toBe(String(id))
  })

  it('a rejected registration is told so, with the comment, and cannot sign in', async () => {
    const body = await registration({ unit: await unitId(ctx.payload, 'LAZ-RM'), language: 'es' })
    const email = String(body.email)
    const { token } = await registerAndReadToken(body)
    expect((await api.post(`/users/verify/${token}`, {})).status).toBe(200)
    const id = (await stored(email))!.id
    expect([403, 404]).toContain(
      (await api.post(`/users/${id}/account-decision`, { decision: 'reject' }, { as: 'validator.milano' }))
        .status,
    )
    sent.length = 0
    const decided = await api.post(
      `/users/${id}/account-decision`,
      { decision: 'reject', comment: 'Non risulti tra i volontari del comitato.' },
      { as: 'validator.roma' },
    )
    expect(decided.status).toBe(200)
    expect((await stored(email))?.accountStatus).toBe('rejected')
    expect(mailTo(email)[0]!.subject).toBe('RedCloud: tu registro no fue aprobado')
    expect(mailTo(email)[0]!.body).toContain('Non risulti tra i volontari')
    const refused = await login(email)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].data).toEqual({ accountStatus: 'rejected' })
  })

  it('the demo data holds pending registrations in different units', async () => {
    const queue = await api.get('/users/pending', { as: 'admin' })
    const names = queue.body.docs.map((doc: { displayName: string }) => doc.displayName)
    expect(names).toEqual(expect.arrayContaining(['Davide Rota', 'Nadia Benali', 'Carmen Ortiz']))
    expect(
      new Set(queue.body.docs.map((doc: { unit: unknown }) => String(doc.unit))).size,
    ).toBeGreaterThanOrEqual(3)
  })
})

describe('SECURITY.md §7 Sessions: a password reset does not open a session for an inactive account', () => {
  it('keeps the new password of a pending registration but answers without a token, and no session stays', async () => {
    const registered = (await stored(demoEmail('registered.roma')))!
    const resetToken = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email: demoEmail('registered.roma') },
      disableEmail: true,
    })
    const reset = await api.raw('POST', '/users/reset-password', {
      body: { token: resetToken, password: 'a-new-long-password-9' },
    })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect(reset.body.token).toBeUndefined()
    const after = await ctx.payload.findByID({
      collection: 'users',
      id: registered.id,
      showHiddenFields: true,
    })
    expect(after.sessions ?? []).toEqual([])
    expect(after.accountStatus).toBe('pending')
    // The new password is the one kept: it reaches the pending answer, the old one does not.
    expect((await login(demoEmail('registered.roma'), 'a-new-long-password-9')).body.errors[0].data).toEqual({
      accountStatus: 'pending',
    })
    expect((await login(demoEmail('registered.roma'), DEMO_PASSWORD)).status).toBe(401)
  })
})

describe('SECURITY.md §7 Sessions: admins deactivate accounts', () => {
  it('a deactivated account loses its sessions at once and cannot sign in; nobody else can change a status', async () => {
    const email = demoEmail('volunteer.torino')
    const session = await login(email, DEMO_PASSWORD)
    expect(session.status).toBe(200)
    const user = await demoUser(ctx.payload, 'volunteer.torino')

    const own = await api.raw('PATCH', `/users/${user.id}`, {
      body: { accountStatus: 'deactivated' },
      token: session.body.token,
    })
    expect([200, 403]).toContain(own.status)
    expect((await stored(email))?.accountStatus).toBe('active')
    const byValidator = await api.patch(
      `/users/${user.id}`,
      { accountStatus: 'active' },
      { as: 'validator.national' },
    )
    expect([403, 404]).toContain(byValidator.status)

    const deactivated = await api.patch(
      `/users/${user.id}`,
      { accountStatus: 'deactivated' },
      { as: 'admin' },
    )
    expect(deactivated.status, JSON.stringify(deactivated.body)).toBe(200)
    expect((await stored(email))?.accountStatus).toBe('deactivated')
    const me = await api.raw('GET', '/users/me', { token: session.body.token })
    expect(me.body.user).toBeNull()
    const refused = await login(email, DEMO_PASSWORD)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].data).toEqual({ accountStatus: 'deactivated' })
    // The account and its practices stay.
    const practices = await ctx.payload.count({
      collection: 'practices',
      where: { author: { equals: user.id } },
    })
    expect(practices.totalDocs).toBeGreaterThan(0)
  })
})
