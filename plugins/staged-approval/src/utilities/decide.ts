import type { WorkflowAction, WorkflowCaller } from '../types'

import { afterApproval, allStages, stageOfStep, stepOfStage, type ChainStep } from './stages'

/**
 * Who the caller is with respect to one item, resolved by the app's functions: `decidesAt`
 * lists the steps of the item's chain at which they decide on this item (in scope).
 */
export type Caller = WorkflowCaller & { decidesAt: string[] }

export type Decision =
  { ok: true; to: string; returnTo: null | string } | { ok: false; status: 400 | 403; message: string }

/** The actions that record why: they need a comment. */
export const COMMENT_REQUIRED: WorkflowAction[] = ['request_changes', 'reject', 'archive', 'override']

/**
 * The whole state machine in one pure function, for every shape of chain (levels, a pipeline,
 * one step): whether `action` applies in `stage` (400 if not), whether this caller may take it
 * (403 if not), and where it leads. `start` is the step an item's review starts at.
 */
export const decide = ({
  action,
  stage,
  chain,
  start,
  returnTo,
  caller,
  comment,
  to: requestedStage,
}: {
  action: WorkflowAction
  stage: string
  chain: ChainStep[]
  start: null | string
  returnTo: null | string
  caller: Caller
  comment?: string
  to?: string
}): Decision => {
  const bad = (message: string): Decision => ({ ok: false, status: 400, message })
  const forbidden = (message: string): Decision => ({ ok: false, status: 403, message })
  const stageStep = stepOfStage(stage, chain)
  const lastStep = chain[chain.length - 1]?.name as string
  const decidesHere = (step: null | string) =>
    step !== null && caller.decidesAt.includes(step) && !caller.isAuthor
  const startStage = start === null ? null : stageOfStep(start, chain)

  if (COMMENT_REQUIRED.includes(action) && !(comment ?? '').trim()) {
    return bad(`A comment is required to ${action.replace('_', ' ')}.`)
  }

  switch (action) {
    case 'submit': {
      if (stage !== 'draft' && stage !== 'withdrawn')
        return bad(`Only a draft or withdrawn item can be submitted (it is ${stage}).`)
      if (!caller.canSubmit) return forbidden('Only the author can submit this item.')
      if (!startStage) return bad('The item belongs to no level that reviews.')
      return { ok: true, to: startStage, returnTo: null }
    }
    case 'approve':
    case 'request_changes':
    case 'reject': {
      if (!stageStep) return bad(`Only an item under review can be decided on (it is ${stage}).`)
      if (caller.isAuthor) return forbidden('Nobody decides on an item they wrote.')
      if (caller.submittedRevision) return forbidden('Nobody decides on a revision they submitted.')
      if (caller.decidedRevision) {
        return forbidden('You already decided on this revision: another validator decides now.')
      }
      if (!decidesHere(stageStep))
        return forbidden(`Only ${stageStep} validators responsible for this item can decide now.`)
      if (action === 'approve') return { ok: true, to: afterApproval(stageStep, chain), returnTo: null }
      if (action === 'reject') return { ok: true, to: 'rejected', returnTo: null }
      return { ok: true, to: 'changes_requested', returnTo: stage }
    }
    case 'resubmit': {
      if (stage !== 'changes_requested')
        return bad(`Only an item sent back for changes can be resubmitted (it is ${stage}).`)
      if (!caller.isAuthor) return forbidden('Only the author can resubmit this item.')
      const back = returnTo && stepOfStage(returnTo, chain) ? returnTo : startStage
      if (!back) return bad('The item belongs to no level that reviews.')
      return { ok: true, to: back, returnTo: null }
    }
    case 'withdraw': {
      if (!stageStep) return bad(`Only an item under review can be withdrawn (it is ${stage}).`)
      if (!caller.isAuthor) return forbidden('Only the author can withdraw this item.')
      return { ok: true, to: 'withdrawn', returnTo: null }
    }
    case 'archive': {
      if (stage !== 'published') return bad(`Only a published item can be archived (it is ${stage}).`)
      if (!(caller.canOverride || caller.decidesAt.includes(lastStep))) {
        return forbidden(`Only ${lastStep} validators or those who may override can archive.`)
      }
      return { ok: true, to: 'archived', returnTo: null }
    }
    case 'override': {
      if (!caller.canOverride) return forbidden('Only those allowed to override can override the workflow.')
      if (!requestedStage || !allStages(chain).includes(requestedStage)) {
        return bad(`Say which stage to move to: one of ${allStages(chain).join(', ')}.`)
      }
      if (requestedStage === stage) return bad(`The item is already ${stage}.`)
      return { ok: true, to: requestedStage, returnTo: null }
    }
  }
}
