import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { SanitizedCollectionOptions, SanitizedOptions, WorkflowDoc } from '../types'
import { dueNotifications, type DueNotifications } from './dueNotifications'
import { WORKFLOW_CONTEXT } from './performTransition'

export type Claim = { remind: boolean; escalateTo: null | string }

/**
 * Records the reminder and escalation the daily run is about to send, in one transaction that
 * re-reads the item: only if it still stands at the stage and revision the run saw, and only
 * what is still owed (another run may have sent it meanwhile). It writes nothing but
 * `remindedAt` / `escalatedAt`: Payload fills every other field, the rest of the workflow
 * group included, from the item as read inside this transaction, so a decision committed
 * since the run's read is kept, never rolled back. On MongoDB a decision committing during this
 * transaction makes one of the two fail with a write conflict instead. The write is a draft
 * save, like every write to an item under review: it neither publishes nor unpublishes.
 *
 * Only reads by id run inside the transaction (no counts, no paginated finds, nothing in
 * parallel), as MongoDB requires. Returns what was recorded, which is what the run may send;
 * null when the item moved on (the next run looks at it afresh).
 */
export const claimNotifications = async ({
  collection,
  due,
  id,
  now,
  options,
  payload,
}: {
  collection: SanitizedCollectionOptions
  due: DueNotifications
  id: number | string
  now: Date
  options: SanitizedOptions
  payload: Payload
}): Promise<Claim | null> => {
  const req = await createLocalReq({ context: { [WORKFLOW_CONTEXT]: true } }, payload)
  const shouldCommit = await initTransaction(req)
  try {
    const fresh = (await payload.findByID({
      collection: collection.slug,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as unknown as null | WorkflowDoc
    const still =
      fresh && fresh._status !== 'published'
        ? dueNotifications({ doc: fresh, chain: collection.steps, now, reminders: options.reminders })
        : null
    if (!fresh || !still || still.revision !== due.revision || still.stage !== due.stage) {
      await killTransaction(req)
      return null
    }
    const claim: Claim = {
      remind: due.remind && still.remind,
      escalateTo: due.escalateTo !== null && still.escalateTo === due.escalateTo ? due.escalateTo : null,
    }
    const workflow: { remindedAt?: string; escalatedAt?: string } = {}
    if (claim.remind) workflow.remindedAt = now.toISOString()
    if (claim.escalateTo) workflow.escalatedAt = now.toISOString()
    if (Object.keys(workflow).length === 0) {
      await killTransaction(req)
      return claim
    }
    const locale = await collection.itemLocale({ doc: fresh, req })
    await payload.update({
      collection: collection.slug,
      id,
      data: { workflow } as never,
      draft: true,
      ...(locale ? { locale: locale as never } : {}),
      overrideAccess: true,
      depth: 0,
      req,
      context: { [WORKFLOW_CONTEXT]: true },
    })
    if (shouldCommit) await commitTransaction(req)
    return claim
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
