import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoEmail, demoUser } from './helpers/demoUsers'
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

const claimsOf = (token: unknown): Record<string, unknown> => {
  expect(typeof token).toBe('string')
  return JSON.parse(Buffer.from(String(token).split('.')[1] ?? '', 'base64url').toString('utf8'))
}

/** Only what finding the session needs: no e-mail, nothing else personal. */
const expectMinimal = (token: unknown) =>
  expect(Object.keys(claimsOf(token)).sort()).toEqual(['collection', 'exp', 'iat', 'id', 'sid'])

describe('SECURITY.md §8 Personal data: session tokens carry id, collection and session only', () => {
  it('login (body and cookie) and refresh sign no e-mail, and the token still opens the session', async () => {
    const login = await api.raw('POST', '/users/login', {
      body: { email: demoEmail('volunteer.roma'), password: DEMO_PASSWORD },
    })
    expect(login.status).toBe(200)
    expectMinimal(login.body.token)
    const cookie = /payload-token=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1]
    expect(cookie).toBe(login.body.token)
    expect(login.body.exp).toBe(claimsOf(login.body.token).exp)
    const me = await api.raw('GET', '/users/me', { token: login.body.token })
    expect(me.body.user.email).toBe(demoEmail('volunteer.roma'))

    const refresh = await api.raw('POST', '/users/refresh-token', { token: login.body.token })
    expect(refresh.status, JSON.stringify(refresh.body)).toBe(200)
    expectMinimal(refresh.body.refreshedToken)
    const again = await api.raw('GET', '/users/me', { token: refresh.body.refreshedToken })
    expect(again.body.user.email).toBe(demoEmail('volunteer.roma'))
  })

  it('GraphQL login and a password reset sign no e-mail either', async () => {
    const graphql = await api.graphql(
      `mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }`,
      { variables: { email: demoEmail('volunteer.torino'), password: DEMO_PASSWORD } },
    )
    expectMinimal(graphql.body.data?.loginUser?.token)

    const user = await demoUser(ctx.payload, 'volunteer.bergamo')
    const resetToken = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email: demoEmail('volunteer.bergamo') },
      disableEmail: true,
    })
    const reset = await api.raw('POST', '/users/reset-password', {
      body: { token: resetToken, password: 'a-new-long-password-7' },
    })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expectMinimal(reset.body.token)
    expect(claimsOf(reset.body.token).id).toBe(user.id)
  })
})
