import { APIError } from 'payload'

import { parseScores } from '../scoring/parseScores'
import type { SanitizedCollectionOptions, TransitionInput, WorkflowAction } from '../types'
import { ACTIONS } from '../types'

export type TransitionRequest = Record<string, unknown> & {
  action?: unknown
  comment?: unknown
  revision?: unknown
  to?: unknown
  scores?: unknown
}

const bad = (message: string) => new APIError(message, 400, undefined, true)

/**
 * The body of POST /api/<collection>/:id/workflow, checked: 400 for anything malformed, naming
 * the field (a score names its criterion). Whether the stage takes scores or a flag is checked
 * once the item is read (`checkScores`, `checkFlags`).
 */
export const parseTransitionRequest = (
  body: TransitionRequest,
  collection: Pick<SanitizedCollectionOptions, 'decisionFlags' | 'scoring'>,
): TransitionInput & { revision: number } => {
  const action = body.action as WorkflowAction
  if (!ACTIONS.includes(action)) throw bad(`"action" must be one of ${ACTIONS.join(', ')}.`)
  if (typeof body.revision !== 'number' || !Number.isInteger(body.revision)) {
    throw bad('"revision" is required: the revision number you last saw (GET …/workflow).')
  }
  if (body.comment !== undefined && typeof body.comment !== 'string') throw bad('"comment" must be text.')
  const parsed = parseScores(body.scores, collection.scoring)
  if ('error' in parsed) throw bad(parsed.error)
  const flags: Record<string, boolean> = {}
  for (const { name } of collection.decisionFlags) {
    const value = body[name]
    if (value === undefined || value === null) continue
    if (typeof value !== 'boolean') throw bad(`"${name}" must be true or false.`)
    flags[name] = value
  }
  return {
    action,
    revision: body.revision,
    comment: typeof body.comment === 'string' ? body.comment : undefined,
    to: typeof body.to === 'string' ? body.to : undefined,
    ...(parsed.scores ? { scores: parsed.scores } : {}),
    ...(Object.keys(flags).length > 0 ? { flags } : {}),
  }
}
