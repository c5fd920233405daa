import { describe, expect, it } from 'vitest'

import { providerClaims } from './providerClaims'

describe('providerClaims', () => {
  it('adds UserInfo to the ID token, whose signed claims win', async () => {
    const claims = await providerClaims({
      idToken: { sub: 's', email: 'a@b.example', email_verified: true },
      fetchUserInfo: async () => ({ sub: 's', email: 'other@b.example', unit: 'LOM-MI', locale: 'it' }),
    })
    expect(claims).toEqual({
      sub: 's',
      email: 'a@b.example',
      email_verified: true,
      unit: 'LOM-MI',
      locale: 'it',
    })
  })

  it('keeps the ID token alone when UserInfo fails, unless the ID token has no e-mail', async () => {
    const failing = async () => {
      throw new Error('no userinfo endpoint')
    }
    await expect(
      providerClaims({ idToken: { sub: 's', email: 'a@b.example' }, fetchUserInfo: failing }),
    ).resolves.toEqual({ sub: 's', email: 'a@b.example' })
    await expect(providerClaims({ idToken: { sub: 's' }, fetchUserInfo: failing })).rejects.toThrow(
      'no userinfo',
    )
  })
})
