import type { PayloadRequest, TypedUser } from 'payload'

import type { SanitizedOptions, WorkflowDoc } from '../types'
import type { Caller } from './decide'

/** Asks the app's functions who the caller is with respect to this item. */
export const resolveCaller = async ({
  doc,
  options,
  req,
  user,
}: {
  doc: WorkflowDoc
  options: SanitizedOptions
  req: PayloadRequest
  user: TypedUser
}): Promise<Caller> => {
  const [isAuthor, canSubmit, validatorLevel, isInScope, canOverride] = await Promise.all([
    options.isAuthor({ doc, req, user }),
    options.canSubmit({ doc, req, user }),
    options.validatorLevel({ req, user }),
    options.isInScope({ doc, req, user }),
    options.canOverride({ req, user }),
  ])
  return { isAuthor, canSubmit, validatorLevel, isInScope, canOverride }
}
