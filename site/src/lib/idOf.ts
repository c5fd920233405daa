/** The id of a relationship value, populated or not, as a string (numbers on SQLite, strings on MongoDB). */
export const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return 'id' in value ? String((value as { id: unknown }).id) : null
  return String(value)
}
