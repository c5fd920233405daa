import type { RateLimitRule } from './RateLimitRule'

/**
 * Where hits are counted: a store every CMS instance on the database shares (rateLimitStoreOf
 * picks it for the adapter), or the in-memory one for a single process.
 */
export type RateLimitStore = {
  /** Counts one hit for `key`; `retryAfterSeconds` > 0 when the hit is over the limit. */
  hit: (args: { key: string; rule: RateLimitRule }) => Promise<{ retryAfterSeconds: number }>
}
