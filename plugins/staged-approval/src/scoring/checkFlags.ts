import type { WorkflowAction } from '../types'
import type { DecisionFlag } from './types'

/** The flags that may go with `action` at `step`. */
export const flagsAt = ({
  action,
  flags,
  step,
}: {
  action: WorkflowAction
  flags: DecisionFlag[]
  step: null | string
}): DecisionFlag[] =>
  step === null
    ? []
    : flags.filter((flag) => flag.at.includes(step) && (flag.actions ?? ['approve']).includes(action))

/**
 * A decision's flags, checked: each a boolean, `true` only with the actions and at the steps it
 * is declared for (false is the same as leaving it out). Returns the message of a 400, or the flags.
 */
export const checkFlags = ({
  action,
  declared,
  given,
  step,
}: {
  action: WorkflowAction
  declared: DecisionFlag[]
  given: Record<string, unknown>
  step: null | string
}): { error: string } | { flags: Record<string, boolean> } => {
  const open = flagsAt({ action, flags: declared, step })
  const flags: Record<string, boolean> = {}
  for (const { at, name } of declared) {
    const value = given[name]
    if (value === undefined || value === null) continue
    if (typeof value !== 'boolean') return { error: `"${name}" must be true or false.` }
    if (value && !open.some((flag) => flag.name === name)) {
      return { error: `"${name}" is only given when deciding at ${at.join(', ')}.` }
    }
    flags[name] = value
  }
  return { flags }
}
