import fs from 'fs'
import type { Payload } from 'payload'

/**
 * Makes `payload.destroy()` (every test file's afterAll) also drop the instance's private test
 * database: on MongoDB the database itself, before the connection closes; on SQLite the file
 * and its -wal/-shm/-journal companions (and the rate-limit counters' file) once the adapter is
 * done with them. Idempotent: a second
 * destroy waits for the first. `afterDrop` runs once the database is gone.
 */
export const dropTestDatabaseOnDestroy = ({
  payload,
  databaseUrl,
  afterDrop,
}: {
  payload: Payload
  databaseUrl: string
  afterDrop?: () => void
}): void => {
  const destroy = payload.destroy.bind(payload)
  let done: Promise<void> | undefined
  payload.destroy = () =>
    (done ??= (async () => {
      if (databaseUrl.startsWith('mongodb')) {
        const { connection } = payload.db as unknown as {
          connection?: { dropDatabase: () => Promise<unknown> }
        }
        await connection?.dropDatabase()
      }
      await destroy()
      if (databaseUrl.startsWith('file:')) {
        const { client } = payload.db as unknown as { client?: { close: () => void } }
        client?.close()
        const file = databaseUrl.slice('file:'.length)
        // The rate-limit counters' file beside it (rateLimitStoreOf) goes too.
        for (const base of [file, `${file}-rate-limits`])
          for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(base + suffix, { force: true })
      }
      afterDrop?.()
    })())
}
