import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from './migrations'
import { dataDir } from './utilities/dataDir'
import { serializeTransactions } from './utilities/serializeTransactions'

export type DatabaseKind = 'mongodb' | 'sqlite'

/** Which adapter a DATABASE_URL selects; unset means the embedded SQLite file. */
export const databaseKind = (url: string | undefined): DatabaseKind => {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(
    `DATABASE_URL must start with mongodb://, mongodb+srv:// or file: (got "${url.split(':')[0]}:…").`,
  )
}

/**
 * MongoDB in production (a replica set, so transactions work); otherwise an embedded SQLite
 * file under cms/data so a newcomer needs no database server.
 */
export const buildDatabaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  if (databaseKind(url) === 'mongodb') {
    return mongooseAdapter({ url: url as string, transactionOptions: {} })
  }
  const fileUrl = url ?? `file:${path.join(dataDir, 'redcloud.db')}`
  const filePath = fileUrl.replace(/^file:(\/\/)?/, '')
  if (filePath && filePath !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
  const sqlite = sqliteAdapter({
    client: { url: fileUrl },
    // The schema is always built by migrations, in development, tests and production alike.
    push: false,
    migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations'),
    prodMigrations: migrations,
    busyTimeout: 10_000,
    wal: true,
    // Without transactionOptions the SQLite adapter runs with no transactions at all; the
    // workflow's "stage change and event together or not at all" needs them.
    transactionOptions: {},
  })
  return {
    ...sqlite,
    init: (args) => {
      const adapter = sqlite.init(args)
      serializeTransactions(adapter)
      return adapter
    },
  }
}
