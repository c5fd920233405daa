/** The ID of a relationship value, populated or not (numbers on SQLite, strings on MongoDB). */
export const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}
