import fs from 'fs'
import os from 'os'
import path from 'path'
import type { Payload } from 'payload'

import { buildTestConfig } from './buildTestConfig'
import { seedTestData } from './seedTestData'
import { testClient } from './testClient'

/**
 * The plugin's test app on a database of its own, far from the CMS's (its globalSetup seeds
 * another folder): Payload, a REST client signed in as a seeded account, and a cleanup.
 */
export const startTestApp = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staged-approval-test-'))
  const config = await buildTestConfig({ databaseUrl: `file:${path.join(dir, 'test.db')}` })
  const { getPayload } = await import('payload')
  const payload: Payload = await getPayload({ config })
  const call = testClient(config, await seedTestData(payload))
  const stop = async () => {
    await payload.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  return { call, payload, stop }
}
