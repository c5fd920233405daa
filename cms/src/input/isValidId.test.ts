import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { idKindOf } from './idKindOf'
import { isValidId } from './isValidId'
import { validateWhereValues } from './validateWhereValues'

// The adapters as the CMS builds them (nothing connects until Payload initialises them).
const mongodb = mongooseAdapter({ url: 'mongodb://localhost:27017/redcloud?replicaSet=rs0' })
const sqlite = sqliteAdapter({ client: { url: 'file::memory:' } })
const relation = { name: 'unit', type: 'relationship', relationTo: 'units' } as FlattenedField

describe('ids are checked against the kind the database really has, never guessed from their digits', () => {
  it('MongoDB: ObjectIds, all-digit ones included; numbers and other text are not ids', () => {
    const kind = idKindOf({ db: mongodb, fields: [] })
    expect(kind).toBe('objectId')
    for (const id of ['123456789012345678901234', '65f0c0ffee0000000000ABCD', '000000000000000000000007'])
      expect(isValidId({ id, kind }), id).toBe(true)
    for (const id of [7, '7', 'abc', '12345678901234567890123', '65f0c0ffee0000000000abcg', ''])
      expect(isValidId({ id, kind }), String(id)).toBe(false)
    expect(() =>
      validateWhereValues({
        where: {
          id: { in: '123456789012345678901234,65f0c0ffee0000000000abcd' },
          unit: { equals: '111111111111111111111111' },
        },
        fields: [relation],
        idKind: kind,
      }),
    ).not.toThrow()
    expect(() =>
      validateWhereValues({ where: { unit: { equals: '12' } }, fields: [relation], idKind: kind }),
    ).toThrow(/"where\.unit\.equals": "12" is not a valid id/)
  })

  it('SQLite: integers and their digits; a 24-digit ObjectId-like text is a number there too', () => {
    const kind = idKindOf({ db: sqlite, fields: [] })
    expect(kind).toBe('number')
    for (const id of [12, '12', ' 12', '123456789012345678901234'])
      expect(isValidId({ id, kind }), String(id)).toBe(true)
    for (const id of [1.5, '12abc', '65f0c0ffee0000000000abcd', ''])
      expect(isValidId({ id, kind }), String(id)).toBe(false)
  })

  it('a collection with its own id field keeps that field’s type on either database', () => {
    const textId = [{ name: 'id', type: 'text' }] as FlattenedField[]
    const numberId = [{ name: 'id', type: 'number' }] as FlattenedField[]
    expect(idKindOf({ db: sqlite, fields: textId })).toBe('text')
    expect(idKindOf({ db: mongodb, fields: numberId })).toBe('number')
    expect(isValidId({ id: 'any-slug', kind: 'text' })).toBe(true)
  })
})
