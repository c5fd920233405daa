import type { Where } from 'payload'
import { validOperatorSet } from 'payload/shared'

const isCombinator = (key: string) => ['and', 'or'].includes(key.toLowerCase())

/**
 * Whether the MongoDB adapter's buildQuery would turn `where` into an empty filter `{}` (its
 * parseParams drops empty `and`/`or` branches and paths without a valid operator), or the filter
 * has a `near` constraint: the two cases where count, countVersions and countGlobalVersions call
 * `estimatedDocumentCount` instead of `countDocuments`. A close approximation: it does not run
 * the adapter's query builder (operators whose value the builder drops are counted as filters).
 */
export const whereIsUnfiltered = (where: undefined | null | Where): boolean =>
  !hasFilter(where) || hasNear(where)

const hasFilter = (where: unknown): boolean => {
  if (!where || typeof where !== 'object') return false
  return Object.entries(where as Record<string, unknown>).some(([key, value]) => {
    if (isCombinator(key)) return Array.isArray(value) && value.some(hasFilter)
    if (!value || typeof value !== 'object') return false
    return Object.entries(value as Record<string, unknown>).some(
      ([operator, operand]) => validOperatorSet.has(operator as never) && operand !== undefined,
    )
  })
}

const hasNear = (where: unknown): boolean => {
  if (!where || typeof where !== 'object') return false
  return Object.entries(where as Record<string, unknown>).some(([key, value]) => {
    if (isCombinator(key)) return Array.isArray(value) && value.some(hasNear)
    return Boolean(value && typeof value === 'object' && 'near' in value)
  })
}
