import { describe, expect, it } from 'vitest'

import { sessionUser } from './sessionUser'

const env = { CMS_URL: 'http://cms.test' }

describe('sessionUser', () => {
  it('asks the CMS with the visitor’s token and keeps no personal field', async () => {
    let asked: { url: string; auth: null | string } | undefined
    const fetchImpl = (async (url: string, init: RequestInit) => {
      asked = { url, auth: new Headers(init.headers).get('Authorization') }
      return Response.json({
        user: {
          id: 8,
          displayName: 'Sara',
          email: 'sara@example.org',
          roles: ['member'],
          unit: { id: 10, name: 'Milano' },
        },
      })
    }) as typeof fetch
    const user = await sessionUser({ token: 'abc', env, fetchImpl })
    expect(asked).toEqual({ url: 'http://cms.test/api/users/me?depth=1', auth: 'JWT abc' })
    expect(user).toEqual({
      id: '8',
      displayName: 'Sara',
      roles: ['member'],
      unit: { id: '10', name: 'Milano' },
      preferredLanguage: null,
      idType: 'number',
    })
    expect(JSON.stringify(user)).not.toContain('sara@example.org')
  })

  it('tells the id type from the id as the CMS sent it: an all-digit ObjectId is text', async () => {
    const fetchImpl = (async () =>
      Response.json({
        user: { id: '123456789012345678901234', displayName: 'Sara', roles: [] },
      })) as typeof fetch
    expect(await sessionUser({ token: 'abc', env, fetchImpl })).toMatchObject({
      id: '123456789012345678901234',
      idType: 'text',
    })
  })

  it('is null without a token, for a refused token and when the CMS knows nobody', async () => {
    const never = (async () => {
      throw new Error('must not be called')
    }) as typeof fetch
    expect(await sessionUser({ token: undefined, env, fetchImpl: never })).toBeNull()
    expect(
      await sessionUser({
        token: 'x',
        env,
        fetchImpl: (async () => new Response('{}', { status: 401 })) as typeof fetch,
      }),
    ).toBeNull()
    expect(
      await sessionUser({
        token: 'x',
        env,
        fetchImpl: (async () => Response.json({ user: null })) as typeof fetch,
      }),
    ).toBeNull()
  })
})
