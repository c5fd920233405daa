import type { WorkflowAction } from '../types'

import { ACTIONS } from '../types'
import { decide, type Caller } from './decide'
import type { ChainStep } from './stages'

/** The actions this caller may take on the item now (a comment is assumed where one is required). */
export const allowedActions = ({
  caller,
  chain,
  returnTo,
  stage,
  start,
}: {
  caller: Caller
  chain: ChainStep[]
  returnTo: null | string
  stage: string
  start: null | string
}): WorkflowAction[] =>
  ACTIONS.filter((action) => {
    if (action === 'override') return caller.canOverride
    return decide({ action, stage, chain, start, returnTo, caller, comment: 'x' }).ok
  })
