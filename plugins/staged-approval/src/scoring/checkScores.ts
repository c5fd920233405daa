import type { WorkflowAction } from '../types'
import { parseScores } from './parseScores'
import type { SanitizedScoring } from './types'

/** The actions that carry scores: the decisions of a step. */
export const SCORED_ACTIONS: WorkflowAction[] = ['approve', 'request_changes', 'reject']

/** Whether scores may go with `action` at `step`, and whether every criterion must be scored. */
export const scoringAt = ({
  action,
  scoring,
  step,
}: {
  action: WorkflowAction
  scoring: null | SanitizedScoring
  step: null | string
}): { allowed: boolean; required: boolean } => {
  if (!scoring || step === null || !SCORED_ACTIONS.includes(action))
    return { allowed: false, required: false }
  const required = action === 'approve' && scoring.requiredAt.includes(step)
  return {
    allowed: required || scoring.allowedAt.includes(step) || scoring.requiredAt.includes(step),
    required,
  }
}

/**
 * The scores of one decision, checked where the decision is taken: refused where scores are not
 * given, every criterion needed where they are required, optional where they are allowed. Returns
 * the message of a 400 naming the criterion, or the scores (null: none).
 */
export const checkScores = ({
  action,
  scores: given,
  scoring,
  step,
}: {
  action: WorkflowAction
  scores: unknown
  scoring: null | SanitizedScoring
  step: null | string
}): { error: string } | { scores: null | Record<string, number> } => {
  const parsed = parseScores(given, scoring)
  if ('error' in parsed) return parsed
  const { allowed, required } = scoringAt({ action, scoring, step })
  if (!parsed.scores && !required) return { scores: null }
  if (!allowed) {
    return { error: `"scores" are not given to ${action.replace('_', ' ')} at this stage.` }
  }
  const scores = parsed.scores ?? {}
  if (required) {
    const missing = scoring?.criteria.find((criterion) => scores[criterion] === undefined)
    if (missing) {
      return {
        error: `"scores.${missing}" is required to approve at this level (a whole number from ${scoring?.min} to ${scoring?.max}).`,
      }
    }
  }
  return { scores }
}
