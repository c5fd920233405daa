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
  const [isAuthor, canSubmit, validatorLevel, isInScope, canOverride, events] = await Promise.all([
    collection.isAuthor({ doc, req, user }),
    collection.canSubmit({ doc, req, user }),
    collection.validatorLevel({ req, user }),
    collection.isInScope({ doc, req, user }),
    options.canOverride({ req, user }),
    findEvents({ collection: collection.slug, id: doc.id, options, req }),
  ])
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
