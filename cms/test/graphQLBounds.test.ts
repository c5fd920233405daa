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

const messages = (body: { errors?: { message: string }[] }) =>
  (body.errors ?? []).map((error) => error.message)

describe('SECURITY.md §10 Cost: GraphQL, when on, is bounded by list size, aliases, depth and time', () => {
  it('answers an ordinary query', async () => {
    const response = await api.graphql('{ Practices(limit: 3) { docs { id title } totalDocs } }')
    expect(response.status).toBe(200)
    expect(response.body.data.Practices.docs).toHaveLength(3)
  })

  it('refuses limit 0, negative, above API_MAX_PAGE_SIZE and pagination: false, literal or as variables', async () => {
    for (const query of [
      '{ Practices(limit: 0) { docs { id } } }',
      '{ Practices(limit: -1) { docs { id } } }',
      '{ Practices(limit: 101) { docs { id } } }',
      '{ Practices(pagination: false) { docs { id } } }',
      '{ versionsPractices(limit: 0) { docs { id } } }',
    ]) {
      const response = await api.graphql(query, { as: 'admin' })
      expect(response.status, query).toBe(400)
      expect(response.body.data ?? null, query).toBeNull()
      expect(messages(response.body).join(' '), query).toMatch(/"limit" must be a whole number|"pagination"/)
    }
    const variable = await api.graphql('query ($n: Int) { Practices(limit: $n) { docs { id } } }', {
      variables: { n: 0 },
    })
    expect(variable.body.data ?? null).toBeNull()
    const byDefault = await api.graphql('query ($n: Int = 0) { Practices(limit: $n) { docs { id } } }')
    expect(byDefault.body.data ?? null).toBeNull()
  })

  it('refuses more than GRAPHQL_MAX_ALIASES aliases, through fragments too', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: Practices(limit: 1) { docs { id } }`).join(
      ' ',
    )
    const direct = await api.graphql(`{ ${aliases} }`)
    expect(direct.body.data ?? null).toBeNull()
    expect(messages(direct.body)).toContain('The query has more than 10 aliases.')
    const spreads = Array.from({ length: 11 }, () => '...F').join(' ')
    const viaFragments = await api.graphql(
      `fragment G on Query { x: Practices(limit: 1) { docs { id } } } fragment F on Query { ...G } query { ${spreads} }`,
    )
    expect(viaFragments.body.data ?? null).toBeNull()
  })

  it('refuses queries nested deeper than GRAPHQL_MAX_DEPTH', async () => {
    const response = await api.graphql(
      '{ Practices(limit: 1) { docs { unit { parent { parent { parent { parent { parent { parent { id } } } } } } } } } }',
    )
    expect(response.body.data ?? null).toBeNull()
    expect(messages(response.body)).toContain('The query is nested deeper than 8 levels.')
  })

  it('answers 503 with a JSON message when a query runs past GRAPHQL_TIMEOUT_SECONDS', async () => {
    const { settings } = await import('../src/settings')
    const timeoutMs = settings.graphQL.timeoutMs
    settings.graphQL.timeoutMs = 1
    try {
      const response = await api.graphql(
        '{ a: Practices(limit: 100) { docs { id title summary } } b: Practices(limit: 100) { docs { id } } }',
      )
      expect(response.status, JSON.stringify(response.body).slice(0, 600)).toBe(503)
      expect(messages(response.body)[0]).toMatch(/longer than/)
    } finally {
      settings.graphQL.timeoutMs = timeoutMs
    }
  })
})
