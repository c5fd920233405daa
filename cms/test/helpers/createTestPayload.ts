import crypto from 'crypto'
import fs from 'fs'
import path from 'path'
import type { Payload, SanitizedConfig } from 'payload'

export type TestContext = { payload: Payload; config: SanitizedConfig; databaseUrl: string }

/**
 * A Payload instance on a private copy of the seeded demo database. SQLite: a copy of the
 * template file made by globalSetup. MongoDB (`DATABASE_URL=mongodb://…`): a fresh database
 * with its own name, seeded in-process.
 */
export const createTestPayload = async ({
  graphQL = false,
}: {
  /** Turn on the GraphQL API (off by default, as in production). */
  graphQL?: boolean
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
    needsSeed = true
  } else {
    const template = process.env.REDCLOUD_TEST_TEMPLATE as string
    const file = path.join(dir, `${name}.db`)
    fs.copyFileSync(template, file)
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, file + suffix)
    }
    databaseUrl = `file:${file}`
  }
  process.env.DATABASE_URL = databaseUrl
  if (graphQL) process.env.GRAPHQL_ENABLED = 'true'
  process.env.REDCLOUD_DATA_DIR = path.join(dir, `${name}-data`)
  // expected 4xx answers are logged as errors by Payload: keep the test output readable
  process.env.PAYLOAD_LOG_LEVEL ??= 'fatal'
  // Tests act as the same few accounts many times; rateLimits.test.ts sets low limits itself.
  for (const name of [
    'LOGIN',
    'LOGIN_EMAIL',
    'FORGOT_PASSWORD',
    'REGISTER',
    'COMMENTS',
    'LIKES',
    'PRACTICES',
    'SUBMISSIONS',
    'UPLOADS',
  ]) {
    process.env[`RATE_LIMIT_${name}`] ??= '100000/m'
  }

  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  if (needsSeed) {
    const { seed } = await import('../../../seed/src/seed')
    await seed({ payload, log: () => {} })
  }
  return { payload, config, databaseUrl }
}
