import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../contract/idOf'
import { sameId } from '../../../utilities/sameId'

/**
 * An idea is its author's (never the body's), of the author's unit, and its author is in its
 * team. A Local API call without a user (the demo data) gives both.
 */
export const assignIdeaAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const author = req.user ? req.user.id : idOf(data.author)
  const unit = req.user ? idOf(req.user.unit) : idOf(data.unit)
  // Left as sent otherwise: the field's validation refuses what is not an account.
  const team: unknown[] = Array.isArray(data.team) ? [...(data.team as unknown[])] : []
  if (author !== null && !team.some((id) => sameId(id, author))) team.unshift(author)
  return { ...data, author, unit, team }
}
