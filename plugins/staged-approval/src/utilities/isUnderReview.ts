import { FIXED_STAGES } from './stages'

/** Whether a stored item sits in one of its review stages (and so cannot change under its reviewers). */
export const isUnderReview = (doc: unknown): boolean => {
  const stage = (doc as { workflow?: { stage?: unknown } } | null)?.workflow?.stage
  return typeof stage === 'string' && !(FIXED_STAGES as readonly string[]).includes(stage)
}
