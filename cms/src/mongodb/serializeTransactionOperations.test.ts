import { describe, expect, it } from 'vitest'

import { serializeTransactionOperations } from './serializeTransactionOperations'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('serializeTransactionOperations', () => {
  it('runs the operations of one transaction one at a time, others as they come, and survives failures', async () => {
    const running = new Map<string, number>()
    let mostAtOnce = 0
    const operation = async (args: { req?: { transactionID?: string }; fail?: boolean }) => {
      const key = args.req?.transactionID ?? 'none'
      running.set(key, (running.get(key) ?? 0) + 1)
      mostAtOnce = Math.max(mostAtOnce, key === 'tx' ? running.get(key)! : 0)
      await tick()
      running.set(key, running.get(key)! - 1)
      if (args.fail) throw new Error('refused')
      return key
    }
    const db: Record<string, typeof operation> = { findOne: operation, updateOne: operation }
    // an adapter operation calling another of its own with the same req must not wait for itself
    db.upsert = async function (this: typeof db, args) {
      await this.findOne!(args)
      return this.updateOne!(args)
    }
    serializeTransactionOperations(db)
    serializeTransactionOperations(db)
    const inTx = { req: { transactionID: 'tx' } }
    const results = await Promise.allSettled([
      db.findOne!(inTx),
      db.updateOne!({ ...inTx, fail: true }),
      db.upsert!(inTx),
      db.findOne!({}),
      db.findOne!({ req: { transactionID: Promise.resolve('tx') as unknown as string } }),
    ])
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ])
    expect(mostAtOnce).toBe(1)
  })
})
