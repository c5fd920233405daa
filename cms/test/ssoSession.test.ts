import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail, demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

const SECRET = 'test-sso-shared-secret-0123456789'
Object.assign(process.env, { SSO_SHARED_SECRET: SECRET })

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const ssoSession = (email: string, headers: Record<string, string> = { Authorization: `Bearer ${SECRET}` }) =>
  api.raw('POST', '/users/sso-session', { body: { email }, headers })

describe('POST /api/users/sso-session', () => {
  it('is refused without the shared secret (401) or with a wrong one (403), and opens no session', async () => {
    const email = demoEmail('volunteer.torino')
    const missing = await ssoSession(email, {})
    expect(missing.status).toBe(401)
    expect(missing.body.token).toBeUndefined()
    for (const header of [`Bearer ${SECRET}x`, `Bearer ${SECRET.slice(0, -1)}`, 'Bearer x', SECRET]) {
      const wrong = await ssoSession(email, { Authorization: header })
      expect([401, 403], header).toContain(wrong.status)
      expect(wrong.body.token).toBeUndefined()
    }
    const user = await demoUser(ctx.payload, 'volunteer.torino')
    const stored = await ctx.payload.findByID({
      collection: 'users',
      id: user.id,
      depth: 0,
      showHiddenFields: true,
    })
    expect((stored as { sessions?: unknown[] }).sessions ?? []).toHaveLength(0)
  })

  it('opens an ordinary session for an existing account: /users/me accepts it, logout ends it', async () => {
    const response = await ssoSession(` ${demoEmail('volunteer.torino').toUpperCase()} `)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(typeof response.body.token).toBe('string')
    expect(response.body.exp).toBeGreaterThan(Date.now() / 1000)
    const token = response.body.token as string
    const me = await api.raw('GET', '/users/me', { token })
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(demoEmail('volunteer.torino'))
    const logout = await api.raw('POST', '/users/logout', { token })
    expect(logout.status).toBe(200)
    const after = await api.raw('GET', '/users/me', { token })
    expect(after.body.user).toBeNull()
  })

  it('answers an unknown e-mail exactly as an account that cannot sign in, and creates no account', async () => {
    const before = (await ctx.payload.count({ collection: 'users' })).totalDocs
    const unknown = await ssoSession('nobody.here@redcloud.example.org')
    const roleless = await demoUser(ctx.payload, 'volunteer.bergamo')
    await ctx.payload.db.updateOne({
      collection: 'users',
      id: roleless.id,
      data: { roles: [] },
      returning: false,
    })
    const refused = await ssoSession(demoEmail('volunteer.bergamo'))
    expect(unknown.status).toBe(401)
    expect(refused.status).toBe(401)
    expect(refused.body).toEqual(unknown.body)
    expect(unknown.body.token).toBeUndefined()
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(before)
  })

  it('refuses a body without an e-mail address', async () => {
    const response = await api.raw('POST', '/users/sso-session', {
      body: {},
      headers: { Authorization: `Bearer ${SECRET}` },
    })
    expect(response.status).toBe(400)
  })
})

describe('SECURITY.md §7 Sessions: the single sign-on secret alone never acts as an administrator', () => {
  const sessionsOf = async (name: string) => {
    const user = await demoUser(ctx.payload, name)
    const stored = await ctx.payload.findByID({
      collection: 'users',
      id: user.id,
      depth: 0,
      showHiddenFields: true,
    })
    return ((stored as { sessions?: unknown[] }).sessions ?? []).length
  }

  it('refuses admins and content managers exactly as an unknown e-mail (no session) unless SSO_ALLOW_ADMIN=true', async () => {
    const unknown = await ssoSession('nobody.else@redcloud.example.org')
    for (const name of ['admin', 'editor']) {
      const before = await sessionsOf(name)
      const refused = await ssoSession(demoEmail(name))
      expect(refused.status, name).toBe(401)
      expect(refused.body, name).toEqual(unknown.body)
      expect(refused.body.token, name).toBeUndefined()
      expect(await sessionsOf(name), name).toBe(before)
    }
    // The same module the CMS reads (imported here, after this file set the environment).
    const { settings } = await import('../src/settings')
    settings.ssoAllowAdmin = true
    try {
      const response = await ssoSession(demoEmail('admin'))
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      const me = await api.raw('GET', '/users/me', { token: response.body.token })
      expect(me.body.user.roles).toContain('admin')
    } finally {
      settings.ssoAllowAdmin = false
    }
  })
})

describe('SECURITY.md §8 Personal data: the single sign-on token carries no e-mail', () => {
  it('signs id, collection and session only', async () => {
    const response = await ssoSession(demoEmail('volunteer.roma'))
    expect(response.status).toBe(200)
    const claims = JSON.parse(
      Buffer.from(String(response.body.token).split('.')[1] ?? '', 'base64url').toString('utf8'),
    )
    expect(Object.keys(claims).sort()).toEqual(['collection', 'exp', 'iat', 'id', 'sid'])
  })
})
