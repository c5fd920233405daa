import fs from 'fs'
import os from 'os'
import path from 'path'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { BasePayload, type Payload, type SanitizedConfig } from 'payload'

import { buildDatabaseAdapter } from '../../src/database'

export const REPLICA_SET_URL = 'mongodb://mongo:27017/redcloud?replicaSet=rs0'

/** RedCloud's real sanitized config, its database adapter built by database.ts for `url`. */
export const redcloudConfigFor = async (url: string): Promise<SanitizedConfig> => {
  process.env.DATABASE_URL = url
  process.env.REDCLOUD_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-mongo-'))
  process.env.PAYLOAD_LOG_LEVEL ??= 'fatal'
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  return {
    ...config,
    db: buildDatabaseAdapter(url) as unknown as SanitizedConfig['db'],
    typescript: { ...config.typescript, autoGenerate: false },
  }
}

/**
 * A Payload instance of RedCloud's real config on the real MongoDB adapter (as database.ts builds
 * it for `url`), initialised but never connected: the adapter compiles its mongoose models on an
 * unopened connection, so its own code (connect, buildSortParam, find…) can be driven with a fake
 * connection and no server.
 */
export const payloadWithoutServer = async (url = REPLICA_SET_URL): Promise<Payload> =>
  new BasePayload().init({
    config: await redcloudConfigFor(url),
    disableDBConnect: true,
    disableOnInit: true,
  })

/** A fresh, unconnected adapter for `url` on that Payload instance (connect mutates its state). */
export const freshMongoAdapter = async ({ payload, url }: { payload: Payload; url: string }) => {
  const adapter = buildDatabaseAdapter(url).init({ payload }) as unknown as MongooseAdapter
  await adapter.init?.()
  payload.db = adapter as unknown as Payload['db']
  return adapter
}
