import type { SanitizedScoring } from './types'

/**
 * Checks the shape of a body's `scores` against a collection's scoring: an object whose keys are
 * criteria and whose values are whole numbers from `min` to `max`. Returns the problem, naming the
 * criterion, or the scores; `undefined` when none were given. Which steps need or take scores is
 * `checkScores`'s business.
 */
export const parseScores = (
  value: unknown,
  scoring: null | SanitizedScoring,
): { error: string } | { scores: Record<string, number> | undefined } => {
  if (value === undefined || value === null) return { scores: undefined }
  if (!scoring) return { error: '"scores" are not given on this collection.' }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { error: '"scores" must be an object: { criterion: score }.' }
  }
  const scores: Record<string, number> = {}
  for (const [key, score] of Object.entries(value as Record<string, unknown>)) {
    if (!scoring.criteria.includes(key)) {
      return { error: `"scores.${key.slice(0, 60)}" is not a criterion: use ${scoring.criteria.join(', ')}.` }
    }
    if (score === null || score === undefined) continue
    if (typeof score !== 'number' || !Number.isInteger(score) || score < scoring.min || score > scoring.max) {
      return { error: `"scores.${key}" must be a whole number from ${scoring.min} to ${scoring.max}.` }
    }
    scores[key] = score
  }
  return { scores: Object.keys(scores).length > 0 ? scores : undefined }
}
