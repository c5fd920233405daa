import type { CollectionAfterChangeHook } from 'payload'

const CLOSED = ['deactivated', 'rejected', 'erased']

/**
 * An account that is deactivated (or rejected) loses every session at once: Payload finds a
 * session by its id in the account's `sessions`, so emptying them ends every token signed for it
 * on its next request. In the same transaction as the change of status.
 */
export const endSessionsOfClosedAccounts: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const status = (doc as { accountStatus?: unknown }).accountStatus
  const before = (previousDoc as { accountStatus?: unknown } | undefined)?.accountStatus
  if (typeof status !== 'string' || !CLOSED.includes(status) || status === before) return doc
  await req.payload.db.updateOne({
    collection: 'users',
    id: (doc as { id: number | string }).id,
    data: { sessions: [], updatedAt: null },
    req,
    returning: false,
  })
  return doc
}
