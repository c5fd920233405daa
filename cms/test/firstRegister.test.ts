import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { mongoRuleViolations } from './helpers/mongoRules/applyMongoRules'
import { restClient } from './helpers/restClient'

/**
 * The documented first step after `docker compose up`: the first administrator signs up on an
 * empty database. Under the MongoDB rules harness, as on a real replica set, nothing in that
 * request may count users without a filter or overlap operations inside its transaction.
 */
let ctx: TestContext
let api: ReturnType<typeof restClient>

beforeAll(async () => {
  ctx = await createTestPayload({ empty: true })
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('first-register on an empty database', () => {
  it('creates the first administrator, whatever roles the body asked for, and closes behind it', async () => {
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(0)
    const first = await api.post('/users/first-register', {
      email: 'first.admin@example.org',
      password: 'a-long-password-1',
      displayName: 'First Admin',
      roles: ['member'],
    })
    const refused = mongoRuleViolations(ctx.payload.db).map((v) => `${v.method} ${v.collection}: ${v.rule}`)
    expect(first.status, JSON.stringify({ answer: first.body, refused })).toBe(200)
    expect(first.body.token).toEqual(expect.any(String))
    const { docs } = await ctx.payload.find({ collection: 'users', pagination: false })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ email: 'first.admin@example.org' })
    expect(docs[0]!.roles).toContain('admin')

    const second = await api.post('/users/first-register', {
      email: 'second@example.org',
      password: 'a-long-password-1',
      displayName: 'Second',
    })
    expect(second.status).toBe(403)
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(1)
    expect(mongoRuleViolations(ctx.payload.db)).toEqual([])
  })
})
