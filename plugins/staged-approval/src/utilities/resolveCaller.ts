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
  const [isAuthor, canSubmit, validatorLevel, decidesAt, isInScope, canOverride, events] = await Promise.all([
    collection.isAuthor({ doc, req, user }),
    collection.canSubmit({ doc, req, user }),
    collection.validatorLevel({ req, user }),
    collection.decidesAt({ req, user }),
    collection.isInScope({ doc, req, user }),
    options.canOverride({ req, user }),
    findEvents({ collection: collection.slug, id: doc.id, options, req }),
  ])
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
