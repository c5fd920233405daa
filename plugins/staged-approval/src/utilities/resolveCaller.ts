import type { PayloadRequest, TypedUser } from 'payload'

import type { SanitizedCollectionOptions, SanitizedOptions, WorkflowDoc } from '../types'
import type { Caller } from './decide'
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
}): Promise<Caller> => {
  // One after another: they may read the database with this req, and inside a transaction
  // MongoDB allows one operation at a time on its session.
  const isAuthor = await collection.isAuthor({ doc, req, user })
  const canSubmit = await collection.canSubmit({ doc, req, user })
  const validatorLevel = await collection.validatorLevel({ req, user })
  const decidesAt = await collection.decidesAt({ req, user })
  const isInScope = await collection.isInScope({ doc, req, user })
  const canOverride = await options.canOverride({ req, user })
  const events = await findEvents({ collection: collection.slug, id: doc.id, options, req })
  const round = reviewRound({ events, chain: collection.steps })
  const me = String(user.id)
  return {
    isAuthor,
    canSubmit,
    validatorLevel,
    isInScope,
    decidesAt: isInScope ? decidesAt : [],
    canOverride,
    submittedRevision: round.submittedBy === me,
    decidedRevision: round.decidedBy.includes(me),
  }
}
