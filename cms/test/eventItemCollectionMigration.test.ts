import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { down, up } from '../src/migrations/20261202_005000_event_item_collection'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'

type Db = { all: (query: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]> }

let ctx: TestContext
let db: Db & Parameters<typeof up>[0]['db']

beforeAll(async () => {
  ctx = await createTestPayload()
  db = (ctx.payload.db as unknown as { drizzle: typeof db }).drizzle
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const events = (column: string) =>
  db.all(sql.raw(`SELECT id, "${column}" AS item, document, revision FROM workflow_events ORDER BY id`))
const uniqueIndexes = async () =>
  (
    await db.all(
      sql`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'workflow_events'`,
    )
  )
    .filter((index) => String(index.sql).startsWith('CREATE UNIQUE INDEX'))
    .map((index) => String(index.sql))

describe('SQLite migration: the events’ item collection becomes item_collection', () => {
  it('keeps every event’s value and the unique (collection, document, revision) index, down and up again', async () => {
    const payload = ctx.payload
    const req = await createLocalReq({}, payload)
    const migrated = await events('item_collection')
    // the demo data has events (practices sent back or rejected)
    expect(migrated.length).toBeGreaterThan(0)
    expect(migrated.some((event) => event.item === 'practices')).toBe(true)
    const reviewed = ['practices', 'measurements', 'services', 'replications', 'support-requests', 'ideas']
    expect(migrated.every((event) => reviewed.includes(String(event.item)))).toBe(true)
    expect(await uniqueIndexes()).toEqual([
      expect.stringMatching(/ON `workflow_events` \(`item_collection`,`document`,`revision`\)/),
    ])

    await down({ db, payload, req })
    expect(await events('collection')).toEqual(migrated)
    expect(await uniqueIndexes()).toEqual([
      expect.stringMatching(/ON `workflow_events` \(`collection`,`document`,`revision`\)/),
    ])

    await up({ db, payload, req })
    expect(await events('item_collection')).toEqual(migrated)

    // the unique index still makes a second event at one revision impossible
    const first = migrated.find((event) => event.item === 'practices')
    await expect(
      payload.create({
        collection: 'workflow-events',
        data: {
          itemCollection: 'practices',
          document: String(first!.document),
          revision: Number(first!.revision),
          action: 'approve',
          from: 'local_review',
          to: 'regional_review',
        },
      }),
    ).rejects.toThrow()
    expect(await events('item_collection')).toEqual(migrated)
  })
})
