/**
 * What a collection's ids are: numbers (SQLite), MongoDB's ObjectIds (24 hexadecimal
 * characters, which may all be digits) or custom text ids. Read from the database adapter and
 * the collection (`idKindOf`), never guessed from an id's characters.
 */
export type IdKind = 'number' | 'objectId' | 'text'

/**
 * Whether `id` can be an id of a collection whose ids are of `kind`: an integer or its digits
 * where ids are numbers (a non-numeric id made the SQLite query fail), 24 hexadecimal
 * characters where they are ObjectIds (nothing else is an id MongoDB generated; the adapter drops
 * such a condition instead of refusing it), any text for custom text ids.
 */
export const isValidId = ({ id, kind }: { id: unknown; kind: IdKind }): boolean => {
  if (kind === 'number') {
    if (typeof id === 'number') return Number.isInteger(id)
    return typeof id === 'string' && /^-?\d+$/.test(id.trim())
  }
  if (typeof id !== 'string' || id === '') return false
  return kind === 'text' || /^[0-9a-f]{24}$/i.test(id)
}
