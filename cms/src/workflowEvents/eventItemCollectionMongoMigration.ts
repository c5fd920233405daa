import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

/** What this migration uses of the driver's collection (Mongoose's Collection passes them on). */
type EventsCollection = {
  indexes: () => Promise<{ name?: string; key: Record<string, unknown> }[]>
  dropIndex: (name: string) => Promise<unknown>
  updateMany: (filter: object, update: object) => Promise<unknown>
  createIndex: (keys: Record<string, 1>, options?: { name?: string; unique?: boolean }) => Promise<unknown>
}

const EVENTS = 'workflow-events'

const eventsOf = (payload: Payload): EventsCollection => {
  const model = (payload.db as unknown as { collections?: Record<string, { collection?: EventsCollection }> })
    .collections?.[EVENTS]
  if (!model?.collection)
    throw new Error(`No MongoDB collection for "${EVENTS}": is this the MongoDB adapter?`)
  return model.collection
}

/**
 * Moves the events' item collection from `from` to `to` with its indexes. Outside the
 * migration's transaction on purpose: MongoDB refuses index changes inside a transaction, and
 * one made beside it on a collection the transaction wrote waits for it, which waits for this.
 * Every step can run again (a start that stopped halfway): old indexes go first, so the unique
 * one never sees an event without its value; the rename only touches events that still have
 * `from`; creating an index that exists changes nothing.
 */
const moveField = async ({ payload, from, to }: { payload: Payload; from: string; to: string }) => {
  const events = eventsOf(payload)
  for (const index of await events.indexes()) {
    if (index.name && from in index.key) await events.dropIndex(index.name)
  }
  await events.updateMany({ [from]: { $exists: true } }, { $rename: { [from]: to } })
  await events.createIndex({ [to]: 1, document: 1, revision: 1 }, { unique: true })
  await events.createIndex({ [to]: 1 })
}

/**
 * MongoDB's side of the SQLite migration 20261202_005000_event_item_collection (the MongoDB one is 005001: names differ between the folders): workflow events
 * name the item's collection `itemCollection`, no longer `collection` (a path name Mongoose
 * reserves). Register it in the MongoDB migrations' list (cms/src/migrations-mongodb/index.ts).
 */
export const eventItemCollectionMongoMigration = {
  name: '20261202_005001_event_item_collection',
  up: async ({ payload }: MigrateUpArgs): Promise<void> =>
    moveField({ payload, from: 'collection', to: 'itemCollection' }),
  down: async ({ payload }: MigrateDownArgs): Promise<void> =>
    moveField({ payload, from: 'itemCollection', to: 'collection' }),
}
