export type WhereSize = { conditions: number; depth: number }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** How many conditions a `where` holds (each operator on a field counts) and how deeply and/or nest. */
export const whereSize = (where: unknown, depth = 1): WhereSize => {
  const size: WhereSize = { conditions: 0, depth }
  if (!isObject(where)) return size
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && (Array.isArray(value) || isObject(value))) {
      for (const branch of Object.values(value)) {
        const inner = whereSize(branch, depth + 1)
        size.conditions += inner.conditions
        size.depth = Math.max(size.depth, inner.depth)
      }
    } else {
      size.conditions += isObject(value) ? Math.max(1, Object.keys(value).length) : 1
    }
  }
  return size
}
