import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { settings } from '../../../settings'
import { sameId } from '../../../utilities/sameId'

/** Authors may edit a comment for a short while after writing it (deleting stays possible). */
export const enforceEditWindow: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || req.context.isCommentReport) return data
  if (hasRole(req.user, 'admin', 'contentManager')) return data
  if (!sameId(originalDoc?.author, req.user.id)) return data
  const writtenAt = new Date(String(originalDoc?.createdAt)).getTime()
  if (!(Date.now() - writtenAt <= settings.commentEditWindowMs)) {
    const minutes = Math.round(settings.commentEditWindowMs / 60_000)
    throw new APIError(
      `A comment can be edited only in the first ${minutes} minutes after writing it. You can still delete it.`,
      403,
      undefined,
      true,
    )
  }
  return data
}
