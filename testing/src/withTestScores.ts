import { TEST_SCORES } from './testScores'

/**
 * A workflow body with `TEST_SCORES` added to an approval that names no scores of its own, so
 * tests about something else walk a practice through the levels that require scores.
 */
export const withTestScores = <T extends Record<string, unknown>>(body: T): T =>
  body.action === 'approve' && !('scores' in body) ? { ...body, scores: TEST_SCORES } : body
