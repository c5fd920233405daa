import { describe, expect, it } from 'vitest'

import { verifiedEmail } from './verifiedEmail'

describe('verifiedEmail', () => {
  it('takes a verified address, lower-cased', () => {
    expect(
      verifiedEmail({
        claims: { email: ' Volunteer.Torino@RedCloud.example.org', email_verified: true },
        requireVerifiedEmail: true,
      }),
    ).toBe('volunteer.torino@redcloud.example.org')
  })

  it('refuses an unverified address unless the provider is configured to waive it', () => {
    for (const email_verified of [false, 'true', undefined]) {
      expect(
        verifiedEmail({ claims: { email: 'a@b.example', email_verified }, requireVerifiedEmail: true }),
      ).toBeNull()
    }
    expect(verifiedEmail({ claims: { email: 'a@b.example' }, requireVerifiedEmail: false })).toBe(
      'a@b.example',
    )
  })

  it('refuses a missing or malformed address', () => {
    for (const email of [
      undefined,
      3,
      '',
      'no-at-sign',
      'two@@b',
      'a b@c.example',
      `${'a'.repeat(320)}@b.example`,
    ]) {
      expect(
        verifiedEmail({ claims: { email, email_verified: true }, requireVerifiedEmail: false }),
      ).toBeNull()
    }
    expect(verifiedEmail({ claims: undefined, requireVerifiedEmail: false })).toBeNull()
  })
})
