import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import mongoose from 'mongoose'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { migrations as mongoMigrations } from '../../src/migrations-mongodb'
import { freshMongoAdapter, payloadWithoutServer, REPLICA_SET_URL } from './payloadWithoutServer'

type IndexInfo = { key: Record<string, unknown>; name: string; unique?: boolean }
type Hello = { msg?: string; setName?: string }

/**
 * What the server would hold after mongoose built every index the adapter's own schemas declare
 * (its translation of the config), by MongoDB collection name.
 */
const indexesTheAdapterBuilds = (adapter: MongooseAdapter) => {
  const byName = new Map<string, IndexInfo[]>()
  for (const model of [...Object.values(adapter.collections), ...Object.values(adapter.versions)]) {
    const indexes: IndexInfo[] = [{ key: { _id: 1 }, name: '_id_' }]
    for (const [key, options] of model.schema.indexes()) {
      indexes.push({
        key,
        name: Object.keys(key).join('_'),
        ...((options as { unique?: boolean }).unique ? { unique: true } : {}),
      })
    }
    byName.set(model.collection.collectionName, indexes)
  }
  return byName
}

/**
 * Stands in for the mongoose connection. The client options come from the real driver parsing
 * the URL (MongoClient never connects until asked), exactly what Payload's connect reads.
 */
const fakeConnection = ({
  hello,
  indexes,
  url,
}: {
  hello: Hello
  indexes: Map<string, IndexInfo[]>
  url: string
}) => {
  const options = new mongoose.mongo.MongoClient(url).options
  let inTransaction = false
  const session = {
    startTransaction: vi.fn(() => {
      inTransaction = true
    }),
    inTransaction: () => inTransaction,
    abortTransaction: vi.fn(async () => {
      inTransaction = false
    }),
    commitTransaction: vi.fn(async () => {
      inTransaction = false
    }),
    endSession: vi.fn(async () => {}),
  }
  const readsInSession: unknown[] = []
  const connection = {
    readyState: 1,
    openUri: vi.fn(async () => connection),
    getClient: () => ({ options, startSession: () => session }),
    db: {
      admin: () => ({ command: async () => hello }),
      collection: (name: string) => ({
        listIndexes: () => ({
          toArray: async () => {
            const found = indexes.get(name)
            if (!found) throw Object.assign(new Error(`ns does not exist: redcloud.${name}`), { code: 26 })
            return found
          },
        }),
        findOne: async (_filter: object, { session: used }: { session?: unknown } = {}) => {
          readsInSession.push(used)
          return null
        },
      }),
    },
  }
  return { connection, session, readsInSession }
}

let payload: Payload

beforeAll(async () => {
  payload = await payloadWithoutServer()
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

/**
 * The real adapter as database.ts builds it for `url` (guarded connect, ensureIndexes on,
 * prodMigrations), its index builds stubbed (`buildIndexes` may fail one), connected through
 * Payload's own connect to a fake server.
 */
const connectTo = async ({
  url = REPLICA_SET_URL,
  hello = { setName: 'rs0' },
  indexes,
  buildIndexes,
  production = false,
}: {
  url?: string
  hello?: Hello
  indexes?: (built: Map<string, IndexInfo[]>) => Map<string, IndexInfo[]>
  buildIndexes?: (slug: string) => Promise<void>
  production?: boolean
}) => {
  const adapter = await freshMongoAdapter({ payload, url })
  for (const [slug, model] of Object.entries(adapter.collections))
    vi.spyOn(model, 'ensureIndexes').mockImplementation(() => buildIndexes?.(slug) ?? Promise.resolve())
  for (const model of Object.values(adapter.versions))
    vi.spyOn(model, 'ensureIndexes').mockResolvedValue(undefined)
  const built = indexesTheAdapterBuilds(adapter)
  const fake = fakeConnection({ hello, url, indexes: indexes ? indexes(built) : built })
  adapter.connection = fake.connection as unknown as MongooseAdapter['connection']
  const migrate = vi.spyOn(adapter, 'migrate').mockResolvedValue(undefined)
  if (production) vi.stubEnv('NODE_ENV', 'production')
  const connected = adapter.connect!()
  return { adapter, connected, migrate, ...fake }
}

const withoutEventLock = (built: Map<string, IndexInfo[]>) =>
  new Map(
    [...built].map(([name, list]) => [
      name,
      name === 'workflow-events' ? list.filter((i) => !('revision' in i.key)) : list,
    ]),
  )

describe('MongoDB start-up refuses to run without transactions', () => {
  it('a replica set member reached by a URL without ?replicaSet=: Payload turns transactions off, start-up refuses', async () => {
    const { adapter, connected, migrate } = await connectTo({
      url: 'mongodb://mongo:27017/redcloud',
      hello: { setName: 'rs0' },
      production: true,
    })
    await expect(connected).rejects.toThrow(/no replicaSet parameter.*Add \?replicaSet=rs0 to DATABASE_URL/s)
    // Payload's own connect made the decision the check reports.
    expect(adapter.transactionOptions).toBe(false)
    expect(migrate).not.toHaveBeenCalled()
  })

  it('a mongos router (URL without replicaSet, as a mongos must be): refused, naming the sharded cluster', async () => {
    const { connected } = await connectTo({
      url: 'mongodb://router-a:27017,router-b:27017/redcloud',
      hello: { msg: 'isdbgrid' },
    })
    await expect(connected).rejects.toThrow(/mongos router.*Connect RedCloud to a replica set/s)
  })

  it('a standalone server: refused, saying how to make it a replica set', async () => {
    const { connected } = await connectTo({ url: 'mongodb://mongo:27017/redcloud', hello: {} })
    await expect(connected).rejects.toThrow(/standalone server.*--replSet rs0.*rs\.initiate\(\)/s)
  })
})

describe('MongoDB start-up refuses to run without the unique indexes the app relies on', () => {
  it('the workflow lock index missing: refused, naming it and how to find the duplicates', async () => {
    const { connected, migrate } = await connectTo({ indexes: withoutEventLock, production: true })
    await expect(connected).rejects.toThrow(
      /workflow-events index \(itemCollection, document, revision\) \(MongoDB collection "workflow-events".*\$group: \{ _id: \['\$itemCollection', '\$document', '\$revision'\]/s,
    )
    expect(migrate).not.toHaveBeenCalled()
  })

  it('its build failed (duplicates): refused with the build error, not just "cannot connect"', async () => {
    const duplicate = Object.assign(
      new Error('E11000 duplicate key error collection: redcloud.workflow-events'),
      {
        code: 11000,
      },
    )
    const { connected } = await connectTo({
      indexes: withoutEventLock,
      buildIndexes: (slug) => (slug === 'workflow-events' ? Promise.reject(duplicate) : Promise.resolve()),
    })
    await expect(connected).rejects.toThrow(
      /refuses to start.*workflow-events index \(itemCollection, document, revision\).*Building them failed: .*E11000/s,
    )
  })

  it('an index on the same keys that is not unique does not count', async () => {
    const { connected } = await connectTo({
      indexes: (built) =>
        new Map(
          [...built].map(([name, list]) => [
            name,
            name === 'users' ? list.map((i) => ('email' in i.key ? { key: i.key, name: i.name } : i)) : list,
          ]),
        ),
    })
    await expect(connected).rejects.toThrow(/users field email \(MongoDB collection "users"/)
  })

  it('a collection that does not exist yet has none of its indexes', async () => {
    const { connected } = await connectTo({
      indexes: (built) => new Map([...built].filter(([name]) => name !== 'likes')),
    })
    await expect(connected).rejects.toThrow(/likes index \(user, practice\)/)
  })
})

describe('MongoDB start-up on a safe database', () => {
  it('proves a real transaction (a read inside it, then ended) and every unique index, then runs prodMigrations', async () => {
    const { adapter, connected, migrate, session, readsInSession } = await connectTo({ production: true })
    await expect(connected).resolves.toBeUndefined()
    expect(session.startTransaction).toHaveBeenCalledTimes(1)
    expect(readsInSession).toEqual([session])
    expect(session.abortTransaction).toHaveBeenCalledTimes(1)
    expect(session.endSession).toHaveBeenCalledTimes(1)
    expect(adapter.sessions).toEqual({})
    // Held back by the check, run once it passed: the MongoDB list, not SQLite's.
    expect(migrate).toHaveBeenCalledTimes(1)
    expect(migrate).toHaveBeenCalledWith({ migrations: mongoMigrations })
    expect(adapter.prodMigrations).toBe(mongoMigrations)
  })

  it('outside production connect migrates nothing (onInit does)', async () => {
    const { connected, migrate } = await connectTo({})
    await expect(connected).resolves.toBeUndefined()
    expect(migrate).not.toHaveBeenCalled()
  })
})
