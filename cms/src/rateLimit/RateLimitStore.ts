import type { RateLimitRule } from './RateLimitRule'

/**
 * Where hits are counted. The in-memory store counts per process, which is right for one
 * machine; several CMS instances behind a load balancer need a shared store (e.g. Redis)
 * implementing this same interface, or each instance allows the full limit on its own.
 */
export type RateLimitStore = {
  /** Counts one hit for `key`; `retryAfterSeconds` > 0 when the hit is over the limit. */
  hit: (args: { key: string; rule: RateLimitRule }) => Promise<{ retryAfterSeconds: number }>
}
