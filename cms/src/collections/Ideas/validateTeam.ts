import type { RelationshipFieldManyValidation } from 'payload'

import { relationship } from 'payload/shared'

/** Team members are accounts named by id; anything else (an object, an operator) is refused, not dropped. */
export const validateTeam: RelationshipFieldManyValidation = (value, options) => {
  if (
    Array.isArray(value) &&
    value.some((member) => typeof member !== 'number' && typeof member !== 'string')
  )
    return 'Choose the team members among the accounts (by their id).'
  return relationship(value, options)
}
