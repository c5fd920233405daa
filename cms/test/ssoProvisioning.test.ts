import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { settings as Settings, SsoProvisionMode } from '../src/settings'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

const SECRET = 'test-sso-shared-secret-0123456789'
// Set before the settings module is read: provisioning itself is switched per test below.
Object.assign(process.env, { SSO_SHARED_SECRET: SECRET, RATE_LIMIT_LOGIN: '1000/15m' })

let ctx: TestContext
let api: RestClient
let settings: typeof Settings

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  // The same module the CMS reads.
  ;({ settings } = await import('../src/settings'))
})
afterEach(() => {
  settings.ssoProvisioning = { mode: 'off', unitClaim: null }
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const UNIT_CLAIM = 'https://cri.example/claims/unit'
const provision = (mode: SsoProvisionMode) => {
  settings.ssoProvisioning = { mode, unitClaim: UNIT_CLAIM }
}

let serial = 0
const freshEmail = () => `sso.newcomer.${Date.now().toString(36)}${serial++}@example.org`

/** What the site's server sends once it has checked the ID token: the e-mail and every claim. */
const ssoSession = (email: string, claims?: Record<string, unknown>) =>
  api.raw('POST', '/users/sso-session', {
    body: claims === undefined ? { email } : { email, claims },
    headers: { Authorization: `Bearer ${SECRET}` },
  })

const claimsFor = (email: string, extra: Record<string, unknown> = {}) => ({
  sub: `sub-${email}`,
  email,
  email_verified: true,
  name: 'Nuova Volontaria',
  locale: 'fr-CH',
  [UNIT_CLAIM]: 'LOM-MI',
  ...extra,
})

const stored = async (email: string) =>
  (
    await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      depth: 0,
      limit: 2,
      showHiddenFields: true,
    })
  ).docs

const userCount = async () => (await ctx.payload.count({ collection: 'users' })).totalDocs

describe('single sign-on provisioning (SSO_PROVISION)', () => {
  it('off (the default): an unknown address gets no account, with claims or without, and reads as before', async () => {
    const before = await userCount()
    const email = freshEmail()
    const bare = await ssoSession(email)
    const withClaims = await ssoSession(email, claimsFor(email))
    expect(bare.status).toBe(401)
    expect(withClaims.status).toBe(401)
    expect(withClaims.body).toEqual(bare.body)
    expect(await stored(email)).toEqual([])
    expect(await userCount()).toBe(before)
  })

  it('active: the first sign-in creates a confirmed, active member of the claimed unit and opens a session', async () => {
    provision('active')
    const email = freshEmail()
    const response = await ssoSession(email.toUpperCase(), claimsFor(email))
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const me = await api.raw('GET', '/users/me', { token: response.body.token })
    expect(me.body.user).toMatchObject({
      email,
      displayName: 'Nuova Volontaria',
      roles: ['member'],
      preferredLanguage: 'fr',
      accountStatus: 'active',
    })
    const [account, duplicate] = await stored(email)
    expect(duplicate).toBeUndefined()
    expect(String(account!.unit)).toBe(String(await unitId(ctx.payload, 'LOM-MI')))
    expect(account!._verified).toBe(true)
    // Signing in again finds the same account.
    const again = await ssoSession(email, claimsFor(email, { name: 'Another Name' }))
    expect(again.status).toBe(200)
    expect(await stored(email)).toHaveLength(1)
    expect((await stored(email))[0]!.displayName).toBe('Nuova Volontaria')
  })

  it('pending: the account waits in the unit’s approval queue, is told so, and signs in once approved', async () => {
    provision('pending')
    const email = freshEmail()
    const first = await ssoSession(email, claimsFor(email, { locale: 'xx', given_name: 'Ada', name: '' }))
    expect(first.status).toBe(403)
    expect(first.body.errors[0].message).toBe('Your account is waiting for approval by your unit.')
    expect(first.body.errors[0].data).toEqual({ accountStatus: 'pending' })
    expect(first.body.token).toBeUndefined()
    const [account] = await stored(email)
    expect(account).toMatchObject({ accountStatus: 'pending', roles: ['member'], displayName: 'Ada' })
    expect(account!.preferredLanguage).toBe(settings.defaultLocale)
    expect((account as { sessions?: unknown[] }).sessions ?? []).toEqual([])
    // Told only to the address the provider vouched for; a bare call reads as an unknown e-mail.
    expect((await ssoSession(email)).status).toBe(401)

    const id = String(account!.id)
    const queue = async (as: string) =>
      (await api.get('/users/pending', { as })).body.docs.map((doc: { id: unknown }) => String(doc.id))
    expect(await queue('validator.milano')).toContain(id)
    expect(await queue('validator.lazio')).not.toContain(id)
    const decided = await api.post(
      `/users/${id}/account-decision`,
      { decision: 'approve' },
      { as: 'validator.milano' },
    )
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    const signedIn = await ssoSession(email, claimsFor(email))
    expect(signedIn.status).toBe(200)
    expect(await stored(email)).toHaveLength(1)
  })

  it('SECURITY.md §7 Sessions: an account single sign-on creates is never more than a member, whatever the claims say', async () => {
    provision('active')
    const email = freshEmail()
    const hostile = claimsFor(email, {
      roles: ['admin', 'contentManager'],
      admin: true,
      accountStatus: 'active',
      unit: 'CRI',
      _verified: true,
      collection: 'users',
      id: 1,
      groups: ['admin'],
      locale: 'it_IT',
      name: `  Mallory\u0000\u202e  ${'x'.repeat(200)}`,
    })
    const response = await ssoSession(email, hostile)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const [account] = await stored(email)
    expect(account!.roles).toEqual(['member'])
    expect(String(account!.unit)).toBe(String(await unitId(ctx.payload, 'LOM-MI')))
    expect(account!.preferredLanguage).toBe('it')
    expect(account!.displayName).toMatch(/^Mallory x+$/)
    expect(account!.displayName.length).toBeLessThanOrEqual(80)
    const me = await api.raw('GET', '/users/me', { token: response.body.token })
    expect(me.body.user.roles).toEqual(['member'])
  })

  it('refuses, naming the claim, a unit code that is missing, unknown, malformed or ambiguous', async () => {
    provision('active')
    const before = await userCount()
    const email = freshEmail()
    for (const unit of [undefined, 'NOPE-XX', '', 'LOM MI', { code: 'LOM-MI' }, ['LOM-MI', 'LAZ-RM'], true]) {
      const claims: Record<string, unknown> = claimsFor(email)
      if (unit === undefined) delete claims[UNIT_CLAIM]
      else claims[UNIT_CLAIM] = unit
      const refused = await ssoSession(email, claims)
      expect(refused.status, JSON.stringify(unit)).toBe(403)
      expect(refused.body.errors[0].data).toEqual({ reason: 'unitClaim', claim: UNIT_CLAIM })
      expect(refused.body.errors[0].message).toContain(`"${UNIT_CLAIM}"`)
      expect(refused.body.token).toBeUndefined()
    }
    expect(await userCount()).toBe(before)
    // Lower case and a one-element list are the same code.
    const ok = await ssoSession(email, claimsFor(email, { [UNIT_CLAIM]: ['laz-rm'] }))
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(String((await stored(email))[0]!.unit)).toBe(String(await unitId(ctx.payload, 'LAZ-RM')))
  })

  it('refuses an address the provider does not mark verified, or claims for another address', async () => {
    provision('pending')
    const before = await userCount()
    const email = freshEmail()
    for (const claims of [
      claimsFor(email, { email_verified: false }),
      claimsFor(email, { email_verified: 'true' }),
      claimsFor(email, { email_verified: undefined }),
      claimsFor(freshEmail()),
      undefined,
      'claims',
      [claimsFor(email)],
    ]) {
      const refused = await api.raw('POST', '/users/sso-session', {
        body: { email, claims },
        headers: { Authorization: `Bearer ${SECRET}` },
      })
      expect(refused.status, JSON.stringify(claims)).toBe(403)
      expect(refused.body.errors[0].data).toEqual({ reason: 'emailNotVerified' })
    }
    expect(await userCount()).toBe(before)
  })

  it('links an existing account by its e-mail: no duplicate, and its unit, roles and name stay as they are', async () => {
    provision('active')
    const before = await userCount()
    const email = demoEmail('volunteer.torino')
    const [account] = await stored(email)
    const response = await ssoSession(
      email,
      claimsFor(email, { [UNIT_CLAIM]: 'LAZ-RM', name: 'Someone Else', roles: ['admin'] }),
    )
    expect(response.status).toBe(200)
    const [after, duplicate] = await stored(email)
    expect(duplicate).toBeUndefined()
    expect(after).toMatchObject({
      unit: account!.unit,
      roles: account!.roles,
      displayName: account!.displayName,
    })
    expect(await userCount()).toBe(before)
    // The privileged stay refused whatever the mode (SSO_ALLOW_ADMIN is off).
    const admin = await ssoSession(demoEmail('admin'), claimsFor(demoEmail('admin')))
    expect(admin.status).toBe(401)
  })

  it('two first sign-ins at once make one account', async () => {
    provision('active')
    const email = freshEmail()
    const answers = await Promise.all([
      ssoSession(email, claimsFor(email)),
      ssoSession(email, claimsFor(email)),
    ])
    expect(
      answers.map((answer) => answer.status),
      JSON.stringify(answers.map((a) => a.body)),
    ).toEqual([200, 200])
    expect(await stored(email)).toHaveLength(1)
  })
})
