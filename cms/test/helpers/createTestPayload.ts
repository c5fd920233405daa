import crypto from 'crypto'
import fs from 'fs'
import path from 'path'
import type { Payload, SanitizedConfig } from 'payload'

import { dropTestDatabaseOnDestroy } from './dropTestDatabase'
import { applyMongoRules } from './mongoRules/applyMongoRules'
import { assertNoMongoRuleViolations } from './mongoRules/assertNoMongoRuleViolations'

export type TestContext = { payload: Payload; config: SanitizedConfig; databaseUrl: string }

/** Instances this process has made: the config module's own adapter serves only the first. */
let created = 0

/** Payload's cache of instances by key (getPayload); REST handlers reach the `default` one. */
const instances = (): Map<string, { payload?: Payload }> | undefined =>
  (globalThis as { _payload?: Map<string, { payload?: Payload }> })._payload

/**
 * A Payload instance on a private copy of the seeded demo database. SQLite: a copy of the
 * template file made by globalSetup. MongoDB (`DATABASE_URL=mongodb://…`): a fresh database
 * with its own name, seeded in-process. `empty`: the migrated schema with no data at all.
 *
 * Every instance obeys MongoDB's transaction rules (mongoRules/applyMongoRules), the seed
 * included; `payload.destroy()` drops its database, then fails if any operation was refused
 * (even one whose error was swallowed). The first instance of a test file is the
 * one the REST handlers reach (getPayload's default key); later ones get keys of their own.
 *
 * An instance made while none holds the default key takes it (its predecessor's destroy gives
 * it up), so files sharing a worker's modules would work too (`isolate`, vitest.config.ts).
 */
export const createTestPayload = async ({
  graphQL = false,
  empty = false,
}: {
  /** Turn on the GraphQL API (off by default, as in production). */
  graphQL?: boolean
  /** Start from an empty database instead of the demo data. */
  empty?: boolean
} = {}): Promise<TestContext> => {
  const dir = process.env.REDCLOUD_TEST_DIR
  if (!dir) throw new Error('Run the tests through vitest (globalSetup prepares the database).')
  const name = `t${crypto.randomBytes(6).toString('hex')}`
  const incoming = process.env.DATABASE_URL
  let databaseUrl: string
  let needsSeed = false
  if (incoming && incoming.startsWith('mongodb')) {
    const url = new URL(incoming)
    url.pathname = `/redcloud_test_${name}`
    databaseUrl = url.toString()
    needsSeed = !empty
  } else {
    const template = process.env.REDCLOUD_TEST_TEMPLATE as string
    const file = path.join(dir, `${name}.db`)
    if (!empty) {
      fs.copyFileSync(template, file)
      for (const suffix of ['-wal', '-shm']) {
        if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, file + suffix)
      }
    }
    databaseUrl = `file:${file}`
  }
  process.env.DATABASE_URL = databaseUrl
  if (graphQL) process.env.GRAPHQL_ENABLED = 'true'
  // Read once per worker (cms/src/utilities/dataDir): later instances share the first's. Files
  // run one after another in a worker, and the test folder goes at the end of the run.
  process.env.REDCLOUD_DATA_DIR ??= path.join(dir, `${name}-data`)
  // expected 4xx answers are logged as errors by Payload: keep the test output readable
  process.env.PAYLOAD_LOG_LEVEL ??= 'fatal'
  // Rate limits for tests: testRateLimits.ts, a setup file of the projects that use this.

  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../src/payload.config')
  const { buildDatabaseAdapter } = await import('../../src/database')
  // The config module read DATABASE_URL once, for the first instance; later ones get their own.
  const config =
    created === 0
      ? await configPromise
      : ({ ...(await configPromise), db: buildDatabaseAdapter(databaseUrl) } as SanitizedConfig)
  const isDefault = !instances()?.get('default')?.payload
  const key = isDefault ? 'default' : name
  const payload = await getPayload({ config, key })
  created++
  dropTestDatabaseOnDestroy({
    payload,
    databaseUrl,
    // The next test file's first instance takes the default key.
    afterDrop: () => {
      if (instances()?.get(key)?.payload === payload) instances()?.delete(key)
    },
  })
  applyMongoRules(payload.db)
  const destroy = payload.destroy
  payload.destroy = async () => {
    await destroy()
    assertNoMongoRuleViolations(payload.db)
  }
  if (needsSeed) {
    const { seed } = await import('@redcloud/seed/seed')
    await seed({ payload, log: () => {} })
  }
  return { payload, config, databaseUrl }
}
