import mongoose from 'mongoose'
import { describe, expect, it } from 'vitest'

import { hasSerializedTransactionOperations } from '../../../src/mongodb/serializeTransactionOperations'
import { payloadWithoutServer } from '../../mongodb/payloadWithoutServer'
import { applyMongoRules, mongoRuleViolations } from './applyMongoRules'

type Args = Record<string, unknown>
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

/** A stand-in adapter: every operation takes a moment, so calls can overlap. */
const fakeAdapter = ({ likeProduction = false } = {}) => {
  const done = async (args: Args) => {
    await tick()
    return { docs: [], totalDocs: 0, args }
  }
  const db: Record<string, (args: Args) => Promise<unknown>> = {}
  for (const name of ['count', 'countVersions', 'countGlobalVersions', 'find', 'findOne', 'findVersions'])
    db[name] = done
  db.queryDrafts = done
  db.updateOne = done
  // An adapter method that calls another one of its own with the same req (as upsert does).
  db.upsert = async function (this: typeof db, args: Args) {
    await this.findOne!(args)
    return this.updateOne!(args)
  }
  const violations = applyMongoRules(db, { likeProduction })
  return { db, violations }
}

const inTransaction = { transactionID: 'tx-1' }
const everything = { id: { exists: true } }

describe('the MongoDB rules harness', () => {
  it('refuses an unfiltered count, countVersions or countGlobalVersions inside a transaction, as MongoDB does', async () => {
    const { db } = fakeAdapter()
    for (const method of ['count', 'countVersions', 'countGlobalVersions']) {
      for (const where of [undefined, {}, { and: [] }, { or: [{}, { and: [] }] }]) {
        const error = (await db[method]!({ collection: 'users', where, req: inTransaction }).catch(
          (e: unknown) => e,
        )) as mongoose.mongo.MongoServerError
        expect(error, `${method} ${JSON.stringify(where)}`).toBeInstanceOf(mongoose.mongo.MongoServerError)
        expect(error).toMatchObject({ code: 263, codeName: 'OperationNotSupportedInTransaction' })
        expect(error.message).toMatch(/^Cannot run 'count' in a multi-document transaction/)
        expect(error.hasErrorLabel('TransientTransactionError')).toBe(false)
      }
    }
    const near = { location: { near: '10,40,1000' } }
    await expect(db.count!({ collection: 'units', where: near, req: inTransaction })).rejects.toMatchObject({
      code: 263,
    })
  })

  it('lets a filtered count run in a transaction, and any count outside one', async () => {
    const { db, violations } = fakeAdapter()
    await db.count!({ collection: 'users', where: everything, req: inTransaction })
    await db.count!({
      collection: 'users',
      where: { and: [{ email: { equals: 'a@b.c' } }] },
      req: inTransaction,
    })
    await db.count!({ collection: 'users' })
    await db.count!({ collection: 'users', req: {} })
    await db.countVersions!({ collection: 'practices', where: {}, req: { transactionID: undefined } })
    expect(violations).toEqual([])
  })

  it('refuses a second operation on a transaction while one is in flight (NoSuchTransaction, transient)', async () => {
    const { db, violations } = fakeAdapter()
    const results = await Promise.allSettled([
      db.findOne!({ collection: 'practices', where: everything, req: inTransaction }),
      db.updateOne!({ collection: 'practices', where: everything, req: { transactionID: 'tx-1' } }),
    ])
    expect(results[0].status).toBe('fulfilled')
    const error = (results[1] as PromiseRejectedResult).reason
    expect(error).toBeInstanceOf(mongoose.mongo.MongoServerError)
    expect(error).toMatchObject({ code: 251, codeName: 'NoSuchTransaction' })
    expect(error.message).toMatch(/^Given transaction number \d+ does not match any in-progress transactions/)
    expect(error.hasErrorLabel('TransientTransactionError')).toBe(true)
    expect(violations).toMatchObject([
      { rule: 'parallelOperation', method: 'updateOne', transactionID: 'tx-1' },
    ])
  })

  it('sees the same transaction whether req holds its id or the promise of it', async () => {
    const { db } = fakeAdapter()
    const results = await Promise.allSettled([
      db.findOne!({ collection: 'practices', req: { transactionID: Promise.resolve('tx-1') } }),
      db.findOne!({ collection: 'practices', req: inTransaction }),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected'])
  })

  it('lets sequential operations on one transaction, and parallel ones on different transactions or none, run', async () => {
    const { db, violations } = fakeAdapter()
    await db.findOne!({ collection: 'practices', req: inTransaction })
    await db.updateOne!({ collection: 'practices', req: inTransaction })
    await db.count!({ collection: 'practices', where: everything, req: inTransaction })
    await Promise.all([
      db.findOne!({ collection: 'practices', req: { transactionID: 'tx-2' } }),
      db.findOne!({ collection: 'practices', req: { transactionID: 'tx-3' } }),
      db.findOne!({ collection: 'practices' }),
      db.find!({ collection: 'practices', limit: 10 }),
      db.count!({ collection: 'practices' }),
    ])
    // a failed operation does not leave the transaction marked busy
    await expect(db.count!({ collection: 'practices', req: inTransaction })).rejects.toThrow()
    await db.findOne!({ collection: 'practices', req: inTransaction })
    expect(violations.map((v) => v.rule)).toEqual(['estimatedCount'])
  })

  it('treats a paginated find inside a transaction as two operations at once (count ‖ find)', async () => {
    const { db } = fakeAdapter()
    for (const method of ['find', 'findVersions']) {
      await expect(
        db[method]!({ collection: 'practices', limit: 10, req: inTransaction }),
      ).rejects.toMatchObject({
        codeName: 'NoSuchTransaction',
      })
      await expect(
        db[method]!({ collection: 'practices', limit: 1, pagination: true, req: inTransaction }),
      ).rejects.toMatchObject({ codeName: 'NoSuchTransaction' })
      await db[method]!({ collection: 'practices', limit: 1, pagination: false, req: inTransaction })
      await db[method]!({ collection: 'practices', limit: 0, req: inTransaction })
      await db[method]!({ collection: 'practices', req: inTransaction })
    }
    // queryDrafts pages by mongoose-paginate-v2's default when no limit is usable
    await expect(
      db.queryDrafts!({ collection: 'practices', limit: 0, req: inTransaction }),
    ).rejects.toMatchObject({
      codeName: 'NoSuchTransaction',
    })
    await db.queryDrafts!({ collection: 'practices', limit: 0, pagination: false, req: inTransaction })
  })

  it('does not count an adapter’s calls to itself as parallel operations', async () => {
    const { db, violations } = fakeAdapter()
    await db.upsert!({ collection: 'practices', where: everything, req: inTransaction })
    expect(violations).toEqual([])
  })

  it('records a violation even when the caller swallows the error, and applies only once', async () => {
    const { db, violations } = fakeAdapter()
    await db.count!({ collection: 'users', req: inTransaction }).catch(() => {})
    expect(applyMongoRules(db)).toBe(violations)
    expect(mongoRuleViolations(db)).toMatchObject([
      { rule: 'estimatedCount', method: 'count', collection: 'users' },
    ])
  })

  it('like production (the MongoDB adapter of database.ts), queues a transaction’s operations instead', async () => {
    const mongo = await payloadWithoutServer()
    expect(hasSerializedTransactionOperations(mongo.db)).toBe(true)

    const { db, violations } = fakeAdapter({ likeProduction: true })
    const order: string[] = []
    const step = (name: string) => async (args: Args) => {
      order.push(`${name} starts`)
      await db.findOne!(args)
      order.push(`${name} ends`)
    }
    await Promise.all([
      db.updateOne!({ collection: 'practices', req: inTransaction }).then(() => order.push('update ends')),
      step('read')({ collection: 'practices', req: { transactionID: 'tx-2' } }),
      db.findOne!({ collection: 'practices', req: inTransaction }).then(() => order.push('find ends')),
    ])
    expect(order.indexOf('update ends')).toBeLessThan(order.indexOf('find ends'))
    expect(violations).toEqual([])
    // still refused: one call that is two operations on the session, and estimated counts
    await expect(db.find!({ collection: 'practices', limit: 5, req: inTransaction })).rejects.toMatchObject({
      codeName: 'NoSuchTransaction',
    })
    await expect(db.count!({ collection: 'practices', req: inTransaction })).rejects.toMatchObject({
      code: 263,
    })
  })
})
