import type { DecisionFlag } from './types'

/** Keys of the POST body the plugin reads itself: no flag may be named like one. */
const RESERVED = ['action', 'comment', 'revision', 'to', 'scores', 'flags']

/** A collection's decision flags, checked at startup. */
export const sanitizeFlags = (flags: DecisionFlag[], slug: string): DecisionFlag[] => {
  const names = flags.map(({ name }) => name)
  const reserved = names.find((name) => RESERVED.includes(name))
  if (reserved)
    throw new Error(
      `staged-approval: "${reserved}" is a key of the workflow's body: name the flag of "${slug}" otherwise.`,
    )
  if (new Set(names).size !== names.length)
    throw new Error(`staged-approval: the decision flags of "${slug}" must be distinct.`)
  return flags
}
