/** The named fields of a record that it has (an export keeps what it means to, nothing more). */
export const pickFields = (record: object, keys: readonly string[]): Record<string, unknown> => {
  const doc = record as Record<string, unknown>
  return Object.fromEntries(keys.filter((key) => doc[key] !== undefined).map((key) => [key, doc[key]]))
}
