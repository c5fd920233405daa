import type { Collection } from 'mongodb'
import { describe, expect, it } from 'vitest'

import { createMongoRateLimitStore, type RateLimitDocument } from './createMongoRateLimitStore'
import { expectRateLimitWindow } from './expectRateLimitWindow'

type Doc = Record<string, unknown>

/** Evaluates the few aggregation operators the hit pipeline uses, as MongoDB would. */
const evaluate = (expression: unknown, doc: Doc): unknown => {
  if (typeof expression === 'string' && expression.startsWith('$')) return doc[expression.slice(1)]
  if (!expression || typeof expression !== 'object' || expression instanceof Date) return expression
  const [operator, args] = Object.entries(expression)[0] as [string, unknown[]]
  const values = () => args.map((arg) => evaluate(arg, doc))
  if (operator === '$gt') {
    // BSON order: a missing field sorts before any date
    const [a, b] = values()
    return a !== undefined && (a as Date).getTime() > (b as Date).getTime()
  }
  if (operator === '$add') return (values() as number[]).reduce((sum, value) => sum + value, 0)
  if (operator === '$cond') return evaluate(args[0], doc) ? evaluate(args[1], doc) : evaluate(args[2], doc)
  throw new Error(`operator ${operator} is not simulated`)
}

/** One collection's documents, with findOneAndUpdate's upsert over an update pipeline. */
const fakeCollection = ({ duplicateOnFirstInsert = false } = {}) => {
  const docs = new Map<string, Doc>()
  const indexes: unknown[] = []
  let raced = !duplicateOnFirstInsert
  const collection = {
    createIndex: async (keys: unknown, options: unknown) => {
      indexes.push({ keys, options })
      return 'resetAt_ttl'
    },
    findOneAndUpdate: async (filter: { _id: string }, pipeline: { $set: Doc }[], options: Doc) => {
      expect(options).toMatchObject({ upsert: true, returnDocument: 'after' })
      expect(options).not.toHaveProperty('session')
      const existing = docs.get(filter._id)
      if (!existing && !raced) {
        // another instance inserted the key between this one's lookup and insert
        raced = true
        docs.set(filter._id, { _id: filter._id, count: 1, resetAt: new Date(8_000_000_000_000) })
        throw Object.assign(new Error('E11000 duplicate key error'), { code: 11000 })
      }
      let doc: Doc = { ...(existing ?? { _id: filter._id }) }
      for (const stage of pipeline) {
        const next = { ...doc }
        for (const [field, expression] of Object.entries(stage.$set)) next[field] = evaluate(expression, doc)
        doc = next
      }
      docs.set(filter._id, doc)
      return doc
    },
  }
  return { docs, indexes, collection: () => collection as unknown as Collection<RateLimitDocument> }
}

describe('createMongoRateLimitStore', () => {
  it('allows max hits per window per key, then says how long to wait; a TTL index expires windows', async () => {
    const fake = fakeCollection()
    const time = await expectRateLimitWindow((now) =>
      createMongoRateLimitStore({ collection: fake.collection, now }),
    )
    expect(fake.docs.get('a')).toMatchObject({ count: 1, resetAt: new Date(time + 60_000) })
    expect(fake.indexes).toEqual([
      { keys: { resetAt: 1 }, options: { expireAfterSeconds: 0, name: 'resetAt_ttl' } },
    ])
  })

  it('counts the hit that lost the race to insert a new key', async () => {
    const fake = fakeCollection({ duplicateOnFirstInsert: true })
    const store = createMongoRateLimitStore({ collection: fake.collection, now: () => 1_000_000 })
    await store.hit({ key: 'a', rule: { max: 5, windowMs: 60_000 } })
    expect(fake.docs.get('a')).toMatchObject({ count: 2 })
  })
})
