import { APIError } from 'payload'

import type { TransitionInput, WorkflowAction } from '../types'
import { ACTIONS } from '../types'

export type TransitionRequest = { action?: unknown; comment?: unknown; revision?: unknown; to?: unknown }

const bad = (message: string) => new APIError(message, 400, undefined, true)

/** The body of POST /api/<collection>/:id/workflow, checked: 400 for anything malformed. */
export const parseTransitionRequest = (body: TransitionRequest): TransitionInput & { revision: number } => {
  const action = body.action as WorkflowAction
  if (!ACTIONS.includes(action)) throw bad(`"action" must be one of ${ACTIONS.join(', ')}.`)
  if (typeof body.revision !== 'number' || !Number.isInteger(body.revision)) {
    throw bad('"revision" is required: the revision number you last saw (GET …/workflow).')
  }
  if (body.comment !== undefined && typeof body.comment !== 'string') throw bad('"comment" must be text.')
  return {
    action,
    revision: body.revision,
    comment: typeof body.comment === 'string' ? body.comment : undefined,
    to: typeof body.to === 'string' ? body.to : undefined,
  }
}
