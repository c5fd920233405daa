import type { Collection } from 'mongodb'

import type { RateLimitStore } from './RateLimitStore'

/** A window's document: `_id` is the counter's key; MongoDB deletes it once `resetAt` passed. */
export type RateLimitDocument = { _id: string; count: number; resetAt: Date }

/** How a key's window answers a hit at `time`: the update pipeline of findOneAndUpdate. */
export const rateLimitHitPipeline = ({ time, windowMs }: { time: Date; windowMs: number }) => {
  const live = { $gt: ['$resetAt', time] }
  return [
    {
      $set: {
        count: { $cond: [live, { $add: ['$count', 1] }, 1] },
        resetAt: { $cond: [live, '$resetAt', new Date(time.getTime() + windowMs)] },
      },
    },
  ]
}

const isDuplicateKey = (error: unknown) => (error as { code?: unknown } | null)?.code === 11000

/**
 * Fixed-window counters in a `rate-limits` collection, shared by every CMS instance on the
 * database: each hit is one findOneAndUpdate with upsert (a single-document write, atomic on the
 * server), outside any session, so a rolled-back transaction never un-counts an attempt. A TTL
 * index on `resetAt` removes expired windows. Two first hits on one key may race to insert: the
 * loser's duplicate-key error means the document now exists, and its hit is counted again.
 */
export const createMongoRateLimitStore = ({
  collection,
  now = Date.now,
}: {
  collection: () => Collection<RateLimitDocument>
  now?: () => number
}): RateLimitStore => {
  let indexed: Promise<unknown> | undefined
  const hitOnce = async (key: string, windowMs: number, time: Date) =>
    collection().findOneAndUpdate({ _id: key }, rateLimitHitPipeline({ time, windowMs }), {
      upsert: true,
      returnDocument: 'after',
    })

  return {
    hit: async ({ key, rule }) => {
      indexed ??= collection()
        .createIndex({ resetAt: 1 }, { expireAfterSeconds: 0, name: 'resetAt_ttl' })
        .catch((error: unknown) => {
          indexed = undefined
          throw error
        })
      await indexed
      const time = new Date(now())
      let window: null | RateLimitDocument
      try {
        window = await hitOnce(key, rule.windowMs, time)
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
        window = await hitOnce(key, rule.windowMs, time)
      }
      if (!window) throw new Error(`The rate-limit counter "${key}" was not written.`)
      if (window.count <= rule.max) return { retryAfterSeconds: 0 }
      return {
        retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt.getTime() - time.getTime()) / 1000)),
      }
    },
  }
}
