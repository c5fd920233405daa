import type { FlattenedField } from 'payload'

import type { IdKind } from './isValidId'

/**
 * The kind of a collection's ids: its own `id` field's type when it has one, else the database
 * adapter's: numbers (SQLite), ObjectIds (MongoDB: `defaultIDType` says "text", but its
 * generated ids are ObjectIds), or text.
 */
export const idKindOf = ({
  db,
  fields,
}: {
  db: { name?: string; defaultIDType?: 'number' | 'text' }
  fields: FlattenedField[]
}): IdKind => {
  const custom = fields.find((field) => field.name === 'id')
  if (custom) return custom.type === 'number' ? 'number' : 'text'
  if (db.defaultIDType === 'number') return 'number'
  return db.name === 'mongoose' ? 'objectId' : 'text'
}
