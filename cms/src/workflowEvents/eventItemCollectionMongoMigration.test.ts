import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { eventItemCollectionMongoMigration as migration } from './eventItemCollectionMongoMigration'

type Doc = Record<string, unknown>
type Index = { name: string; key: Record<string, 1>; unique?: boolean }

/**
 * The events collection as the driver shows it, in memory: what the migration calls, in order,
 * and whether the unique index holds at every step (a duplicate key throws, as MongoDB does).
 */
const fakeEvents = (docs: Doc[], indexes: Index[]) => {
  const calls: string[] = []
  const keyOf = (doc: Doc, index: Index) =>
    JSON.stringify(Object.keys(index.key).map((field) => doc[field] ?? null))
  const checkUnique = () => {
    for (const index of indexes.filter(({ unique }) => unique)) {
      const keys = docs.map((doc) => keyOf(doc, index))
      if (new Set(keys).size !== keys.length) throw new Error(`E11000 duplicate key in ${index.name}`)
    }
  }
  const collection = {
    indexes: async () => indexes.map((index) => ({ ...index })),
    dropIndex: async (name: string) => {
      calls.push(`dropIndex ${name}`)
      indexes.splice(
        indexes.findIndex((index) => index.name === name),
        1,
      )
    },
    updateMany: async (filter: Doc, update: { $rename: Record<string, string> }, options?: unknown) => {
      calls.push(
        `updateMany ${JSON.stringify(filter)} ${JSON.stringify(update)}${options ? ' with options' : ''}`,
      )
      for (const doc of docs) {
        for (const [from, to] of Object.entries(update.$rename)) {
          if (from in doc) {
            doc[to] = doc[from]
            delete doc[from]
          }
        }
      }
      checkUnique()
    },
    createIndex: async (key: Record<string, 1>, options: { unique?: boolean } = {}) => {
      const name = Object.entries(key)
        .map(([field, order]) => `${field}_${order}`)
        .join('_')
      calls.push(`createIndex ${name}${options.unique ? ' unique' : ''}`)
      if (!indexes.some((index) => index.name === name)) indexes.push({ name, key, unique: options.unique })
      checkUnique()
    },
  }
  const payload = { db: { collections: { 'workflow-events': { collection } } } } as unknown as Payload
  return { calls, payload }
}

const args = (payload: Payload) => ({ payload, req: {} as never, session: { id: 'transaction' } as never })

describe('MongoDB: workflow events name the item collection itemCollection', () => {
  const events = () => [
    { _id: 1, collection: 'practices', document: '7', revision: 0 },
    { _id: 2, collection: 'practices', document: '7', revision: 1 },
    // same document and revision in another collection: only the collection tells them apart
    { _id: 3, collection: 'articles', document: '7', revision: 0 },
  ]
  const oldIndexes = (): Index[] => [
    { name: '_id_', key: { _id: 1 } },
    {
      name: 'collection_1_document_1_revision_1',
      key: { collection: 1, document: 1, revision: 1 },
      unique: true,
    },
    { name: 'collection_1', key: { collection: 1 } },
    { name: 'document_1', key: { document: 1 } },
  ]

  // With the old unique index still there, the rename would turn events 1 and 3 into the same
  // (null, '7', 0) and fail: the fake throws E11000 as MongoDB would.
  it('keeps every value, drops the old indexes before the rename and builds the unique one after it', async () => {
    const docs: Doc[] = events()
    const indexes = oldIndexes()
    const { calls, payload } = fakeEvents(docs, indexes)
    await migration.up(args(payload))
    expect(docs.map(({ _id, itemCollection }) => [_id, itemCollection])).toEqual([
      [1, 'practices'],
      [2, 'practices'],
      [3, 'articles'],
    ])
    expect(docs.every((doc) => !('collection' in doc))).toBe(true)
    expect(calls).toEqual([
      'dropIndex collection_1_document_1_revision_1',
      'dropIndex collection_1',
      'updateMany {"collection":{"$exists":true}} {"$rename":{"collection":"itemCollection"}}',
      'createIndex itemCollection_1_document_1_revision_1 unique',
      'createIndex itemCollection_1',
    ])
    expect(indexes.map(({ name }) => name).sort()).toEqual(
      ['_id_', 'document_1', 'itemCollection_1', 'itemCollection_1_document_1_revision_1'].sort(),
    )
  })

  it('runs again after stopping halfway without harm, and down brings the old name back', async () => {
    const docs: Doc[] = events()
    const indexes = oldIndexes()
    const { payload } = fakeEvents(docs, indexes)
    await migration.up(args(payload))
    await migration.up(args(payload))
    expect(docs.map((doc) => doc.itemCollection)).toEqual(['practices', 'practices', 'articles'])
    await migration.down(args(payload))
    expect(docs.map((doc) => doc.collection)).toEqual(['practices', 'practices', 'articles'])
    expect(indexes.some(({ key, unique }) => unique && 'collection' in key)).toBe(true)
    expect(indexes.some(({ key }) => 'itemCollection' in key)).toBe(false)
  })
})
