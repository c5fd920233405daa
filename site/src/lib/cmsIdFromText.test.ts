import { describe, expect, it } from 'vitest'

import { cmsIdFromText } from './cmsIdFromText'
import { idTypeOf } from './idTypeOf'

describe('ids go back to the CMS in the type its database has, never guessed from their digits', () => {
  it('SQLite (numeric ids): digits become numbers, anything else stays for the CMS to refuse', () => {
    const idType = idTypeOf(12)
    expect(idType).toBe('number')
    expect(cmsIdFromText({ text: '12', idType })).toBe(12)
    expect(cmsIdFromText({ text: '12abc', idType })).toBe('12abc')
  })

  it('MongoDB: an ObjectId made of digits only stays text', () => {
    const idType = idTypeOf('65f0c0ffee0000000000abcd')
    expect(idType).toBe('text')
    expect(cmsIdFromText({ text: '123456789012345678901234', idType })).toBe('123456789012345678901234')
    expect(cmsIdFromText({ text: '65f0c0ffee0000000000abcd', idType })).toBe('65f0c0ffee0000000000abcd')
  })
})
