import type { Logger } from 'pino'

import { createLogger } from './createLogger'

let logger: Logger | undefined

/**
 * One line per API request for a log collector: method, path, status and duration. Only the
 * path: query strings can carry e-mail addresses in `where` clauses, and bodies never belong in
 * a log. Off with `ACCESS_LOG=off` (and with the rest when DISABLE_LOGGING is set).
 */
export const accessLog = (
  entry: { request: Request; status: number; ms: number },
  target: Pick<Logger, 'info'> | undefined = undefined,
): void => {
  if (process.env.ACCESS_LOG === 'off') return
  const out =
    target ?? (logger ??= createLogger({ level: process.env.PAYLOAD_LOG_LEVEL }).child({ name: 'access' }))
  const path = new URL(entry.request.url).pathname
  out.info({ method: entry.request.method, path, status: entry.status, ms: entry.ms }, 'request')
}
