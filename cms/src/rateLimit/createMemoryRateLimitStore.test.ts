import { describe, expect, it } from 'vitest'

import { createMemoryRateLimitStore } from './createMemoryRateLimitStore'

describe('createMemoryRateLimitStore', () => {
  it('allows max hits per window per key, then says how long to wait', async () => {
    let time = 1_000_000
    const store = createMemoryRateLimitStore({ now: () => time })
    const rule = { max: 2, windowMs: 60_000 }
    expect(await store.hit({ key: 'a', rule })).toEqual({ retryAfterSeconds: 0 })
    expect(await store.hit({ key: 'a', rule })).toEqual({ retryAfterSeconds: 0 })
    time += 10_500
    expect(await store.hit({ key: 'a', rule })).toEqual({ retryAfterSeconds: 50 })
    expect(await store.hit({ key: 'b', rule })).toEqual({ retryAfterSeconds: 0 })
    time += 50_000
    expect(await store.hit({ key: 'a', rule })).toEqual({ retryAfterSeconds: 0 })
  })
})
