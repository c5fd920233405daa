import type { PayloadRequest } from 'payload'

import { settings } from '../settings'

const COMMIT_WAIT_MS = 30_000
const REQUEST_TIMEOUT_MS = 5_000

/** A request's changes not yet sent: one notification per request (with the first reason), naming them all. */
type Pending = { changes: Map<string, Set<string>>; everything: boolean }

const pending = new WeakMap<PayloadRequest, Pending>()

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Asks the public site to rebuild (SITE_REBUILD_URL), once the request's transaction is over, so
 * the build never reads the CMS before the change is committed. Payload has no after-commit
 * hook; it deletes `req.transactionID` when it commits or rolls back, so that is what we wait
 * for (a rollback costs one unneeded rebuild). Fire and forget: never delays or fails the
 * change; failures are logged.
 *
 * The body says what changed, `{ reason, changes: [{ collection, ids }] }`, so the site rebuilds
 * only what shows it; a call without `change` (something wider) sends no `changes`: rebuild all.
 */
export const notifySiteAfterCommit = ({
  req,
  reason,
  change,
}: {
  req: PayloadRequest
  reason: string
  /** The document that changed; unset: anything may have. */
  change?: { collection: string; id: number | string }
}): void => {
  const target = settings.siteRebuild
  if (!target) return
  let entry = pending.get(req)
  const isNew = !entry
  entry ??= { changes: new Map(), everything: false }
  pending.set(req, entry)
  if (change)
    entry.changes.set(
      change.collection,
      (entry.changes.get(change.collection) ?? new Set()).add(String(change.id)),
    )
  else entry.everything = true
  if (!isNew) return
  const send = async () => {
    // the request's other changes made in the same breath join this notification
    await sleep(10)
    const deadline = Date.now() + COMMIT_WAIT_MS
    while (req.transactionID && Date.now() < deadline) await sleep(10)
    // later calls of this request start a notification of their own
    pending.delete(req)
    const changes = entry.everything
      ? undefined
      : [...entry.changes].map(([collection, ids]) => ({ collection, ids: [...ids] }))
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${target.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason, changes }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    if (response.status !== 202) {
      req.payload.logger.warn(
        `The public site refused the rebuild request (${response.status} ${await response.text()}): ${reason}`,
      )
    }
  }
  send().catch((error: unknown) => {
    req.payload.logger.warn(
      `Could not ask the public site at ${target.url} to rebuild (${error instanceof Error ? error.message : String(error)}): ${reason}`,
    )
  })
}
