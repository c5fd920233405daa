import { expect } from 'vitest'

import type { RateLimitStore } from './RateLimitStore'

/**
 * What every rate-limit store must do, for each store's test: `max` hits per window per key, then
 * how long to wait; another key counts apart; a new window starts over. Returns the clock's last
 * reading, for checks of what the store kept.
 */
export const expectRateLimitWindow = async (make: (now: () => number) => RateLimitStore) => {
  let time = 1_000_000
  const store = make(() => time)
  const rule = { max: 2, windowMs: 60_000 }
  expect(await store.hit({ key: 'a', rule })).toEqual({ retryAfterSeconds: 0 })
  expect(await store.hit({ key: 'a', rule })).toEqual({ retryAfterSeconds: 0 })
  time += 10_500
  expect(await store.hit({ key: 'a', rule })).toEqual({ retryAfterSeconds: 50 })
  expect(await store.hit({ key: 'b', rule })).toEqual({ retryAfterSeconds: 0 })
  time += 50_000
  expect(await store.hit({ key: 'a', rule })).toEqual({ retryAfterSeconds: 0 })
  return time
}
