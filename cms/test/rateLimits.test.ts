import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoEmail, demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

// Low limits for this file only (each test file runs in its own process); an address gets twice
// an account's allowance.
Object.assign(process.env, {
  TRUST_PROXY: 'true',
  RATE_LIMIT_LOGIN: '3/15m',
  RATE_LIMIT_LOGIN_EMAIL: '5/15m',
  RATE_LIMIT_FORGOT_PASSWORD: '2/h',
  RATE_LIMIT_COMMENTS: '2/10m',
  RATE_LIMIT_LIKES: '2/10m',
  RATE_LIMIT_PRACTICES: '2/h',
  RATE_LIMIT_SUBMISSIONS: '2/h',
  RATE_LIMIT_ADDRESS_FACTOR: '2',
})

type Id = number | string

let ctx: TestContext
let api: RestClient
let published: Id[]
let tokens: Map<string, string>

const from = (address: string) => ({ 'X-Forwarded-For': address })

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  published = (
    await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      limit: 6,
      depth: 0,
    })
  ).docs.map((doc) => doc.id)
  // Sign in once per account from addresses of their own, so the login limits below start fresh.
  tokens = new Map()
  const names = [
    'volunteer.milano',
    'volunteer.roma',
    'volunteer.torino',
    'volunteer.bergamo',
    'validator.milano',
  ]
  for (const [i, name] of names.entries()) {
    const login = await api.raw('POST', '/users/login', {
      body: { email: demoEmail(name), password: DEMO_PASSWORD },
      headers: from(`192.0.2.${i + 1}`),
    })
    expect(login.status, name).toBe(200)
    tokens.set(name, login.body.token)
  }
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const as = (name: string) => tokens.get(name) as string
const comments = async () => (await ctx.payload.count({ collection: 'comments' })).totalDocs
const comment = (name: string, address: string) =>
  api.raw('POST', '/comments', {
    token: as(name),
    body: { practice: published[0], body: `da ${name}` },
    headers: from(address),
  })
const expectTooMany = (response: { status: number; body: any; headers: Headers }) => {
  expect(response.status, JSON.stringify(response.body)).toBe(429)
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(response.body.errors[0].message).toMatch(
    /Too many requests: please try again in \d+ (seconds|minutes)\./,
  )
}

describe('login and password reset', () => {
  it('per e-mail and address: the 4th attempt is a 429 whatever the password; the owner from their own address signs in', async () => {
    const email = demoEmail('validator.lazio')
    for (let i = 0; i < 3; i++) {
      const wrong = await api.raw('POST', '/users/login', {
        body: { email, password: `wrong-${i}` },
        headers: from('198.51.100.1'),
      })
      expect(wrong.status).toBe(401)
    }
    const right = await api.raw('POST', '/users/login', {
      body: { email, password: DEMO_PASSWORD },
      headers: from('198.51.100.1'),
    })
    expectTooMany(right)
    expect(right.body.token).toBeUndefined()
    const owner = await api.raw('POST', '/users/login', {
      body: { email, password: DEMO_PASSWORD },
      headers: from('198.51.100.2'),
    })
    expect(owner.status, JSON.stringify(owner.body)).toBe(200)
  })

  it('per address: the 7th login from one address is a 429, another address is not affected', async () => {
    for (let i = 0; i < 6; i++) {
      const response = await api.raw('POST', '/users/login', {
        body: { email: demoEmail(`nobody.${i}`), password: 'wrong-password-1' },
        headers: from('198.51.100.10'),
      })
      expect(response.status).toBe(401)
    }
    expectTooMany(
      await api.raw('POST', '/users/login', {
        body: { email: demoEmail('volunteer.roma'), password: DEMO_PASSWORD },
        headers: from('198.51.100.10'),
      }),
    )
    const elsewhere = await api.raw('POST', '/users/login', {
      body: { email: demoEmail('volunteer.roma'), password: DEMO_PASSWORD },
      headers: from('198.51.100.11'),
    })
    expect(elsewhere.status).toBe(200)
  })

  it('X-Forwarded-For is read from the trusted proxy: the last entry counts, not what the client prepends', async () => {
    for (let i = 0; i < 6; i++) {
      await api.raw('POST', '/users/login', {
        body: { email: demoEmail(`spoof.${i}`), password: 'wrong-password-1' },
        headers: from(`10.9.9.${i}, 198.51.100.20`),
      })
    }
    expectTooMany(
      await api.raw('POST', '/users/login', {
        body: { email: demoEmail('spoof.x'), password: 'wrong-password-1' },
        headers: from('10.9.9.99, 198.51.100.20'),
      }),
    )
  })

  it('forgot-password answers the same for known and unknown e-mails, then 429 per e-mail', async () => {
    const known = await api.raw('POST', '/users/forgot-password', {
      body: { email: demoEmail('volunteer.torino') },
      headers: from('198.51.100.30'),
    })
    const unknown = await api.raw('POST', '/users/forgot-password', {
      body: { email: demoEmail('nessuno.torino') },
      headers: from('198.51.100.31'),
    })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    await api.raw('POST', '/users/forgot-password', {
      body: { email: demoEmail('volunteer.torino') },
      headers: from('198.51.100.32'),
    })
    expectTooMany(
      await api.raw('POST', '/users/forgot-password', {
        body: { email: demoEmail('volunteer.torino') },
        headers: from('198.51.100.33'),
      }),
    )
  })
})

describe('SECURITY.md §13 Same time, same words: strangers cannot lock people out', () => {
  it('an admin attacked from many addresses is slowed down, never refused, exactly as an unknown e-mail', async () => {
    const attack = async (email: string, password: string, address: string) => {
      const start = performance.now()
      const response = await api.raw('POST', '/users/login', {
        body: { email, password },
        headers: from(address),
      })
      return { status: response.status, body: response.body, ms: performance.now() - start }
    }
    const answers = { known: [] as unknown[], unknown: [] as unknown[] }
    // Wrong passwords from four addresses (under RATE_LIMIT_LOGIN's 3 each): 6 attempts, over
    // RATE_LIMIT_LOGIN_EMAIL's 5 — Payload's own lockout used to lock the account after 5.
    for (let i = 0; i < 6; i++) {
      const address = `198.51.100.${40 + (i % 4)}`
      const known = await attack(demoEmail('admin'), `guess-${i}-wrong`, address)
      const unknown = await attack(
        demoEmail('nessuno.admin'),
        `guess-${i}-wrong`,
        address.replace('.100.', '.101.'),
      )
      answers.known.push({ status: known.status, body: known.body })
      answers.unknown.push({ status: unknown.status, body: unknown.body })
      expect(known.status).toBe(401)
    }
    expect(answers.unknown).toEqual(answers.known)
    // The owner, from their own address: signed in, after the slow-down (a lower bound, not flaky).
    // Imported here: a static import would read the settings before this file sets the limits.
    const { LOGIN_SLOWDOWN_MS } = await import('../src/rateLimit/throttleLogin')
    const owner = await attack(demoEmail('admin'), DEMO_PASSWORD, '198.51.100.49')
    expect(owner.status, JSON.stringify(owner.body)).toBe(200)
    expect(owner.ms).toBeGreaterThanOrEqual(LOGIN_SLOWDOWN_MS - 50)
  })
})

describe('comments', () => {
  it('per account: the 3rd comment is a 429 with Retry-After, from any address; nothing is stored', async () => {
    expect((await comment('volunteer.milano', '203.0.113.1')).status).toBe(201)
    expect((await comment('volunteer.milano', '203.0.113.1')).status).toBe(201)
    const before = await comments()
    expectTooMany(await comment('volunteer.milano', '203.0.113.1'))
    expectTooMany(await comment('volunteer.milano', '203.0.113.2'))
    expect(await comments()).toBe(before)
  })

  it('per address: two accounts’ worth from one address, then 429; another address is not affected', async () => {
    for (const name of ['volunteer.roma', 'volunteer.roma', 'volunteer.torino', 'volunteer.torino']) {
      expect((await comment(name, '203.0.113.10')).status, name).toBe(201)
    }
    const before = await comments()
    expectTooMany(await comment('volunteer.bergamo', '203.0.113.10'))
    expect(await comments()).toBe(before)
    expect((await comment('volunteer.bergamo', '203.0.113.11')).status).toBe(201)
  })
})

describe('likes, practices and submissions', () => {
  it('likes and unlikes count together per account', async () => {
    const token = as('volunteer.bergamo')
    const bergamo = await demoUser(ctx.payload, 'volunteer.bergamo')
    await ctx.payload.delete({ collection: 'likes', where: { user: { equals: bergamo.id } } })
    const like = await api.raw('POST', '/likes', {
      token,
      body: { practice: published[1] },
      headers: from('203.0.113.20'),
    })
    expect(like.status, JSON.stringify(like.body)).toBe(201)
    expect(
      (await api.raw('DELETE', `/likes/${like.body.doc.id}`, { token, headers: from('203.0.113.20') }))
        .status,
    ).toBe(200)
    const rows = (await ctx.payload.count({ collection: 'likes' })).totalDocs
    expectTooMany(
      await api.raw('POST', '/likes', {
        token,
        body: { practice: published[2] },
        headers: from('203.0.113.21'),
      }),
    )
    expect((await ctx.payload.count({ collection: 'likes' })).totalDocs).toBe(rows)
  })

  it('members’ practice writes and workflow requests are limited; validators are not', async () => {
    const token = as('volunteer.torino')
    const created = await api.raw('POST', '/practices', {
      token,
      body: { title: 'Uno' },
      headers: from('203.0.113.30'),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as Id
    expect(
      (
        await api.raw('PATCH', `/practices/${id}`, {
          token,
          body: { title: 'Due' },
          headers: from('203.0.113.30'),
        })
      ).status,
    ).toBe(200)
    const count = (await ctx.payload.count({ collection: 'practices' })).totalDocs
    expectTooMany(
      await api.raw('POST', '/practices', { token, body: { title: 'Tre' }, headers: from('203.0.113.31') }),
    )
    expect((await ctx.payload.count({ collection: 'practices' })).totalDocs).toBe(count)
    const stored = await ctx.payload.findByID({ collection: 'practices', id, depth: 0, draft: true })
    expect(stored.title).toBe('Due')

    const submit = () =>
      api.raw('POST', `/practices/${id}/workflow`, {
        token,
        body: { action: 'submit', revision: 0 },
        headers: from('203.0.113.32'),
      })
    // Incomplete drafts are refused (400), and still count.
    expect((await submit()).status).toBe(400)
    expect((await submit()).status).toBe(400)
    expectTooMany(await submit())

    const validator = as('validator.milano')
    for (let i = 0; i < 4; i++) {
      const response = await api.raw('GET', '/workflow/queue', {
        token: validator,
        headers: from('203.0.113.33'),
      })
      expect(response.status).toBe(200)
      const decision = await api.raw('POST', `/practices/${id}/workflow`, {
        token: validator,
        body: { action: 'approve', revision: 0 },
        headers: from('203.0.113.33'),
      })
      expect(decision.status).not.toBe(429)
    }
  })
})
