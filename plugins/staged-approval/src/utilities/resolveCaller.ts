import type { PayloadRequest, TypedUser } from 'payload'

import type { SanitizedCollectionOptions, SanitizedOptions, WorkflowCaller, WorkflowDoc } from '../types'
import { findEvents } from './findEvents'
import { reviewRound } from './reviewRound'

/** Asks the app's functions (the collection's own, where it has them) who the caller is for this item. */
export const resolveCaller = async ({
  collection,
  doc,
  options,
  req,
  user,
}: {
  collection: SanitizedCollectionOptions
  doc: WorkflowDoc
  options: SanitizedOptions
  req: PayloadRequest
  user: TypedUser
}): Promise<WorkflowCaller> => {
  // One after another: they may read the database with this req, and inside a transaction
  // MongoDB allows one operation at a time on its session.
  const isAuthor = await collection.isAuthor({ doc, req, user })
  const canSubmit = await collection.canSubmit({ doc, req, user })
  const validatorLevel = await collection.validatorLevel({ req, user })
  const isInScope = await collection.isInScope({ doc, req, user })
  const canOverride = await options.canOverride({ req, user })
  const events = await findEvents({ collection: collection.slug, id: doc.id, options, req })
  const round = reviewRound({ events, levels: collection.levels })
  const me = String(user.id)
  return {
    isAuthor,
    canSubmit,
    validatorLevel,
    isInScope,
    canOverride,
    submittedRevision: round.submittedBy === me,
    decidedRevision: round.decidedBy.includes(me),
  }
}
