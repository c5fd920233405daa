import type { CollectionBeforeChangeHook } from 'payload'

import { assertPublishedPractice } from '../../../utilities/assertPublishedPractice'
import { idOf } from '../../../contract/idOf'

/**
 * A new comment takes its author, the author's display name and unit name from the account
 * (never from the request), so the site can show who wrote it without reading any account.
 */
export const stampComment: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  await assertPublishedPractice({ collection: 'comments', practice: data.practice, req })
  if (!req.user) return data
  const unitId = idOf(req.user.unit)
  const unit =
    unitId === null
      ? null
      : await req.payload.findByID({ collection: 'units', id: unitId, depth: 0, req, disableErrors: true })
  return {
    ...data,
    author: req.user.id,
    authorName: req.user.displayName,
    authorUnitName: unit?.name ?? null,
    state: 'visible',
    reports: [],
    reportCount: 0,
  }
}
