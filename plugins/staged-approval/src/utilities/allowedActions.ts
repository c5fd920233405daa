import type { WorkflowAction } from '../types'

import { ACTIONS } from '../types'
import { decide, type Caller } from './decide'

/** The actions this caller may take on the item now (a comment is assumed where one is required). */
export const allowedActions = ({
  caller,
  itemLevel,
  levels,
  returnTo,
  stage,
}: {
  caller: Caller
  itemLevel: null | string
  levels: string[]
  returnTo: null | string
  stage: string
}): WorkflowAction[] =>
  ACTIONS.filter((action) => {
    if (action === 'override') return caller.canOverride
    return decide({ action, stage, levels, itemLevel, returnTo, caller, comment: 'x' }).ok
  })
