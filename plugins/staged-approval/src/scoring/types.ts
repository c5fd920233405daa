import type { PayloadRequest, TypedUser } from 'payload'

import type { WorkflowAction, WorkflowDoc } from '../types'

/**
 * Scores a decider gives with a decision, one whole number per criterion, kept on the decision's
 * history event (field `scores`) and readable only by those `canRead` lets.
 */
export type ScoringOptions = {
  /** The criteria's keys, e.g. `['clarity', 'impact']`; their names are the translations' `criterion_<key>`. */
  criteria: string[]
  /** @default 0 */
  min?: number
  /** @default 3 */
  max?: number
  /** The steps (levels) at which approving needs every criterion scored. @default none */
  requiredAt?: string[]
  /** The steps at which scores may be given (the required ones always may). @default `requiredAt` */
  allowedAt?: string[]
  /**
   * Who reads scores: the history events' `scores` field (REST, GraphQL, depth) and the item's
   * history (GET …/workflow, where the item's author never sees them whatever this answers).
   */
  canRead: (args: { req: PayloadRequest; user: null | TypedUser }) => boolean | Promise<boolean>
}

/** A yes/no the decider may add to a decision, e.g. `{ name: 'featured', at: ['headquarters'] }`. */
export type DecisionFlag = {
  /** Its key in the POST body (`{ action, revision, featured: true }`); its label is `flag_<name>`. */
  name: string
  /** The steps at which it may be given. */
  at: string[]
  /** The actions it goes with. @default ['approve'] */
  actions?: WorkflowAction[]
}

/** What `duringTransition` learns, inside the transition's transaction. */
export type DuringTransitionArgs = {
  action: WorkflowAction
  collection: string
  /** The item as the transition read it. */
  doc: WorkflowDoc
  from: string
  to: string
  /** The step the decision is taken at (the step of `from`), or null outside review. */
  step: null | string
  /** The scores given with this decision (checked), if any. */
  scores: null | Record<string, number>
  /** The decision flags of the body (checked): `{ featured: true }`. */
  flags: Record<string, boolean>
  /**
   * The events of the current review round before this one, oldest first (raw history events:
   * `action`, `from`, `to`, `userLevel`, `scores`, `createdAt`…).
   */
  round: Record<string, unknown>[]
  /** Every event of the item before this one, oldest first. */
  history: Record<string, unknown>[]
  req: PayloadRequest
  user: TypedUser
}

/**
 * Runs inside each transition's transaction, once the decision is known to be allowed and before
 * anything is written: throw (an APIError 400, say) to refuse it; return fields to write on the
 * item along with the transition (fields requests may not write, such as a flag only the
 * workflow sets).
 */
export type DuringTransition = (
  args: DuringTransitionArgs,
) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void

/** Scoring with every default resolved. */
export type SanitizedScoring = Required<ScoringOptions>
