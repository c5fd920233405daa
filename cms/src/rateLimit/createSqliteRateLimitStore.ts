import { createClient } from '@libsql/client'

import type { RateLimitStore } from './RateLimitStore'

const SCHEMA = `CREATE TABLE IF NOT EXISTS rate_limits (
  key TEXT PRIMARY KEY NOT NULL,
  count INTEGER NOT NULL,
  reset_at INTEGER NOT NULL
) WITHOUT ROWID`

// One statement, so one atomic step whichever process sends it: a new or expired window starts
// at 1, a live one counts up. SET's expressions all read the row as it was.
const HIT = `INSERT INTO rate_limits (key, count, reset_at) VALUES (?1, 1, ?2 + ?3)
ON CONFLICT (key) DO UPDATE SET
  count = CASE WHEN reset_at <= ?2 THEN 1 ELSE count + 1 END,
  reset_at = CASE WHEN reset_at <= ?2 THEN excluded.reset_at ELSE reset_at END
RETURNING count, reset_at`

/** How often (at most) a process deletes expired windows. */
const SWEEP_MS = 60_000

/**
 * Fixed-window counters in a SQLite file of their own (`file`), shared by every CMS process on
 * this machine that opens it: each hit is one upsert, so two processes never both count "4" for
 * the 5th attempt. Not the database file itself: libsql runs a Payload transaction on a connection
 * of its own and every other statement of the process on another, so a counter written to the
 * main file from inside a transaction would wait on that very transaction's write lock. Counters
 * are worth less than a commit's fsync (synchronous NORMAL: a power cut may forget the last hits).
 */
export const createSqliteRateLimitStore = ({
  file,
  now = Date.now,
  busyTimeoutMs = 10_000,
}: {
  file: string
  now?: () => number
  busyTimeoutMs?: number
}): RateLimitStore & { close: () => void } => {
  const client = createClient({ url: `file:${file}` })
  let nextSweep = 0
  let ready: Promise<void> | undefined
  const prepare = async () => {
    await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('PRAGMA synchronous = NORMAL')
    await client.execute(SCHEMA)
  }

  return {
    hit: async ({ key, rule }) => {
      // A failed start (the file busy past the timeout) is tried again by the next hit.
      ready ??= prepare().catch((error: unknown) => {
        ready = undefined
        throw error
      })
      await ready
      const time = now()
      if (time >= nextSweep) {
        nextSweep = time + SWEEP_MS
        await client.execute({ sql: 'DELETE FROM rate_limits WHERE reset_at <= ?', args: [time] })
      }
      const { rows } = await client.execute({ sql: HIT, args: [key, time, rule.windowMs] })
      const count = Number(rows[0]?.count)
      const resetAt = Number(rows[0]?.reset_at)
      if (count <= rule.max) return { retryAfterSeconds: 0 }
      return { retryAfterSeconds: Math.max(1, Math.ceil((resetAt - time) / 1000)) }
    },
    close: () => client.close(),
  }
}
