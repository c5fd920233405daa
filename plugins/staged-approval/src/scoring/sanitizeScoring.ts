import type { SanitizedScoring, ScoringOptions } from './types'

/** A collection's scoring with its defaults, or null; a mistake fails at startup. */
export const sanitizeScoring = (
  scoring: ScoringOptions | undefined,
  slug: string,
): null | SanitizedScoring => {
  if (!scoring) return null
  const fail = (message: string) => new Error(`staged-approval: the scoring of "${slug}" ${message}`)
  const { criteria } = scoring
  if (criteria.length === 0) throw fail('needs at least one criterion.')
  if (new Set(criteria).size !== criteria.length) throw fail('lists a criterion twice.')
  const min = scoring.min ?? 0
  const max = scoring.max ?? 3
  if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max) {
    throw fail('needs whole numbers with min below max.')
  }
  const requiredAt = scoring.requiredAt ?? []
  return {
    criteria,
    min,
    max,
    requiredAt,
    allowedAt: scoring.allowedAt ?? requiredAt,
    canRead: scoring.canRead,
  }
}
