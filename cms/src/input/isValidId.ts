/**
 * Whether `id` can be an id of a collection whose ids are `idType`: numbers on SQLite (a
 * non-numeric id made the database query fail), any text on MongoDB (its adapter checks them).
 */
export const isValidId = ({ id, idType }: { id: unknown; idType: 'number' | 'text' }): boolean => {
  if (typeof id === 'number') return Number.isFinite(id)
  if (typeof id !== 'string' || id === '') return false
  return idType === 'text' || /^-?\d+$/.test(id.trim())
}
