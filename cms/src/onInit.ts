import type { Migration, Payload } from 'payload'

import { databaseKind } from './database'
import { backfillMediaUse } from './media/backfillMediaUse'
import { migrations } from './migrations'
import { assertReplicaSet } from './utilities/assertReplicaSet'

type MongoConnection = { connection?: { db?: { admin: () => { command: (c: object) => Promise<object> } } } }

/**
 * Runs once when Payload starts: refuses MongoDB without transactions, migrates SQLite, records
 * the usage of files stored before it was tracked.
 */
export const onInit = async (payload: Payload): Promise<void> => {
  if (databaseKind(process.env.DATABASE_URL) === 'mongodb') {
    const admin = (payload.db as unknown as MongoConnection).connection?.db?.admin()
    if (!admin) throw new Error('Could not reach MongoDB to check that it runs as a replica set.')
    assertReplicaSet((await admin.command({ hello: 1 })) as { setName?: string })
    await backfillMediaUse({ payload })
    return
  }
  // In production the adapter's prodMigrations already ran; elsewhere a fresh file is migrated
  // here, so `npm run dev`, the seed and the tests never meet an empty schema.
  if (process.env.NODE_ENV !== 'production') {
    // The SQLite migrations' argument types are narrower than the generic adapter's.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  await backfillMediaUse({ payload })
}
