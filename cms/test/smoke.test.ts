import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('smoke', () => {
  it('serves REST and GraphQL in-process', async () => {
    const units = await api.get('/units?limit=1')
    expect(units.status).toBe(200)
    const gql = await api.graphql('{ Units(limit: 1) { docs { name } } }')
    expect(gql.status).toBe(200)
    const me = await api.get('/users/me', { as: 'volunteer.milano' })
    expect(me.body.user.email).toBe('volunteer.milano@redcloud.example.org')
  })
})
