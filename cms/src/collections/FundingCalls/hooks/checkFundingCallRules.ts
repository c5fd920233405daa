import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

type Problem = { path: string; message: string }

const asNumber = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/**
 * Rules across fields, on the call as it will be stored (a PATCH merged with what is there):
 * the amount range in order, and the units a regional or local call is for.
 */
export const checkFundingCallRules: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const problems: Problem[] = []
  const min = asNumber(merged.amountMin)
  const max = asNumber(merged.amountMax)
  if (min !== null && max !== null && min > max) {
    problems.push({
      path: 'amountMax',
      message: 'The highest amount must not be lower than the lowest amount.',
    })
  }
  const units = Array.isArray(merged.units) ? merged.units : []
  // An unknown scope is the field's own error (its options), not a missing unit.
  if ((merged.scope === 'regional' || merged.scope === 'local') && units.length === 0) {
    problems.push({ path: 'units', message: 'Choose the units a regional or local call is for.' })
  }
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return data
}
