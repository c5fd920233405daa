import type { SanitizedCollectionOptions, WorkflowAction } from '../types'
import { stepOfStage } from '../utilities/stages'
import { flagsAt } from './checkFlags'
import { scoringAt } from './checkScores'

/**
 * What the validation panel adds to the caller's decision at this stage: the scores it may give
 * (`required`: every criterion to approve) and the flags that go with approving. Nothing when the
 * caller takes no decision here.
 */
export const decisionForm = ({
  actions,
  collection,
  stage,
}: {
  actions: WorkflowAction[]
  collection: Pick<SanitizedCollectionOptions, 'decisionFlags' | 'scoring' | 'steps'>
  stage: string
}): {
  scoring?: { criteria: string[]; min: number; max: number; required: boolean }
  flags?: string[]
} => {
  const step = stepOfStage(stage, collection.steps)
  const { scoring } = collection
  const decisions = actions.filter((action) => scoringAt({ action, scoring, step }).allowed)
  const flags = actions.includes('approve')
    ? flagsAt({ action: 'approve', flags: collection.decisionFlags, step }).map(({ name }) => name)
    : []
  return {
    ...(scoring && decisions.length > 0
      ? {
          scoring: {
            criteria: scoring.criteria,
            min: scoring.min,
            max: scoring.max,
            required: decisions.some((action) => scoringAt({ action, scoring, step }).required),
          },
        }
      : {}),
    ...(flags.length > 0 ? { flags } : {}),
  }
}
