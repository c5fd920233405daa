import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'
import { type MongooseAdapter, mongooseAdapter } from '@payloadcms/db-mongodb'
import { type SQLiteAdapter, sqliteAdapter } from '@payloadcms/db-sqlite'
import Database from 'libsql'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from './migrations'
import { migrations as mongoMigrations } from './migrations-mongodb'
import { claimJobsOnce } from './mongodb/claimJobsOnce'
import { guardMongoConnect } from './mongodb/guardMongoConnect'
import { serializeTransactionOperations } from './mongodb/serializeTransactionOperations'
import { dataDir } from './utilities/dataDir'
import { installAfterCommit } from './transactions/afterCommit'
import { retryUnknownCommitResult } from './transactions/retryUnknownCommitResult'
import { poolTransactionConnections } from './utilities/poolTransactionConnections'
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
 * SQLite's fsync policy: FULL (every commit reaches the disk) unless SQLITE_SYNCHRONOUS says
 * otherwise. Tests and the seeded demo set OFF: their databases are thrown away, and a commit's
 * fsync was a quarter of the time SQLite spent seeding.
 */
export const sqliteSynchronous = (value: string | undefined): 'FULL' | 'NORMAL' | 'OFF' => {
  if (value === undefined || value === '') return 'FULL'
  if (value === 'FULL' || value === 'NORMAL' || value === 'OFF') return value
  throw new Error(`SQLITE_SYNCHRONOUS must be FULL, NORMAL or OFF (got "${value}").`)
}

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * MongoDB in production (a replica set, so transactions work); otherwise an embedded SQLite
 * file under cms/data so a newcomer needs no database server. Each has its own migrations folder
 * (`payload migrate:create` writes into the one of the adapter DATABASE_URL selects) and runs its
 * migrations at connect in production (`prodMigrations`; onInit runs them elsewhere).
 */
export const buildDatabaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  if (databaseKind(url) === 'mongodb') {
    const mongo = mongooseAdapter({
      url: url as string,
      transactionOptions: {},
      // The unique indexes are built before connect returns, not in the background where a failed
      // build goes unnoticed; the start-up check (guardMongoConnect) then proves they exist.
      ensureIndexes: true,
      // Keyset reads sort on _id alone; the adapter's fallback appended -createdAt, an order no
      // index serves, so every batch sorted its whole remainder in memory.
      disableFallbackSort: true,
      migrationDir: path.resolve(here, 'migrations-mongodb'),
      prodMigrations: mongoMigrations,
    })
    return {
      ...mongo,
      init: (args) => {
        const adapter = mongo.init(args) as unknown as MongooseAdapter
        // One operation at a time on a transaction's session, whoever starts several at once.
        serializeTransactionOperations(adapter)
        retryUnknownCommitResult(adapter)
        installAfterCommit(adapter)
        claimJobsOnce(adapter)
        return guardMongoConnect(adapter)
      },
    }
  }
  const fileUrl = url ?? `file:${path.join(dataDir, 'redcloud.db')}`
  const filePath = fileUrl.replace(/^file:(\/\/)?/, '')
  if (filePath && filePath !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
  const busyTimeout = 10_000
  const synchronous = sqliteSynchronous(process.env.SQLITE_SYNCHRONOUS)
  const sqlite = sqliteAdapter({
    client: { url: fileUrl },
    // The schema is always built by migrations, in development, tests and production alike.
    push: false,
    migrationDir: path.resolve(here, 'migrations'),
    prodMigrations: migrations,
    busyTimeout,
    wal: { synchronous },
    // Without transactionOptions the SQLite adapter runs with no transactions at all; the
    // workflow's "stage change and event together or not at all" needs them.
    transactionOptions: {},
  })
  return {
    ...sqlite,
    init: (args) => {
      const adapter = sqlite.init(args) as SQLiteAdapter
      const connect = adapter.connect
      adapter.connect = async function (options) {
        await connect?.call(this, options)
        // Transactions run on pooled connections, not on one libsql opens anew after each.
        await poolTransactionConnections(adapter.client, {
          // Never creates a file: a path read wrongly fails here and keeps libsql's behaviour.
          open: () => {
            if (!fs.existsSync(filePath)) throw new Error(`${filePath} does not exist`)
            return new Database(filePath)
          },
          pragmas: [`busy_timeout = ${busyTimeout}`, `synchronous = ${synchronous}`],
          intMode: adapter.clientConfig.intMode,
        })
      }
      serializeTransactions(adapter)
      installAfterCommit(adapter)
      return adapter
    },
  }
}
