import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { TransitionInput } from './types'
import { performTransition } from './utilities/performTransition'
import { workflowOptionsOf } from './utilities/workflowOptionsOf'

/**
 * The Local API: one transition on behalf of `user`, exactly as the REST endpoint makes it
 * (same checks, same event, same e-mails and hooks), e.g. for scripts and demo data:
 * `await transition({ payload, collection: 'articles', id, action: 'approve', user })`.
 * `revision` left out: the item's current one.
 */
export const transition = async ({
  collection,
  id,
  payload,
  req: given,
  user,
  notify = true,
  at,
  ...input
}: TransitionInput & {
  /**
   * When the transition happened, for items imported with their history (and demo data): the
   * event's date and the moment the item entered its new stage. @default now
   */
  at?: Date
  /** Whether to send the e-mails (false: e.g. demo data). @default true */
  notify?: boolean
  payload: Payload
  collection: CollectionSlug
  id: number | string
  user: TypedUser
  /** A request to run in (its transaction, its locale); a new one when left out. */
  req?: PayloadRequest
}): Promise<{ stage: string; revision: number; event: number | string }> => {
  const options = workflowOptionsOf(payload)
  if (!options) throw new Error('staged-approval: the plugin is not part of this Payload config.')
  const own = options.collections.find(({ slug }) => slug === collection)
  if (!own) throw new Error(`staged-approval: "${collection}" does not go through review.`)
  const actor = { ...user, collection: user.collection ?? payload.config.admin.user } as TypedUser
  const req = given ?? (await createLocalReq({ user: actor }, payload))
  if (given) req.user = actor
  return performTransition({
    collection: own,
    id,
    input,
    options: notify ? options : { ...options, notifications: null },
    req,
    at,
  })
}
