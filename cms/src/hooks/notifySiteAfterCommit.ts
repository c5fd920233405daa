import type { PayloadRequest } from 'payload'

import { settings } from '../settings'

const COMMIT_WAIT_MS = 30_000
const REQUEST_TIMEOUT_MS = 5_000

/** Requests that already told the site: one notification per request is enough. */
const notified = new WeakSet<PayloadRequest>()

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Asks the public site to rebuild (SITE_REBUILD_URL), once the request's transaction is over, so
 * the build never reads the CMS before the change is committed. Payload has no after-commit
 * hook; it deletes `req.transactionID` when it commits or rolls back, so that is what we wait
 * for (a rollback costs one unneeded rebuild). Fire and forget: never delays or fails the
 * change; failures are logged.
 */
export const notifySiteAfterCommit = ({ req, reason }: { req: PayloadRequest; reason: string }): void => {
  const target = settings.siteRebuild
  if (!target || notified.has(req)) return
  notified.add(req)
  const send = async () => {
    const deadline = Date.now() + COMMIT_WAIT_MS
    while (req.transactionID && Date.now() < deadline) await sleep(10)
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${target.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason }),
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
