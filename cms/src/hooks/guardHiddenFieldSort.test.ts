import { describe, expect, it } from 'vitest'

import { Practices } from '../collections/Practices'
import { Users } from '../collections/Users'
import { protectedPaths } from './guardHiddenFieldSort'

describe('fields with their own read access are found wherever they are nested', () => {
  it('practices: the contact person, inside a group inside a tab', () => {
    const paths = protectedPaths(Practices.fields).map((p) => p.path)
    expect(paths).toEqual(
      expect.arrayContaining(['contact.name', 'contact.role', 'contact.email', 'contact.phone']),
    )
  })

  it('users: the e-mail address', () => {
    expect(protectedPaths(Users.fields).map((p) => p.path)).toContain('email')
  })
})
