import type { Validate } from 'payload'

import { relationship } from 'payload/shared'

import { idOf } from '../../../contract/idOf'

/** A library indicator appears at most once in a practice. */
export const validateIndicatorPick: Validate = (value, options) => {
  const id = idOf(value)
  if (id === null) return true
  const rows = (options.data as { qualityIndicators?: unknown } | undefined)?.qualityIndicators
  const picks = Array.isArray(rows)
    ? rows.filter((row) => String(idOf((row as { indicator?: unknown } | null)?.indicator)) === String(id))
    : []
  if (picks.length > 1) return 'This library indicator is already in the list: pick each one only once.'
  return (relationship as Validate)(value, options)
}
