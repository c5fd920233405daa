import { describe, it } from 'vitest'

import { createMemoryRateLimitStore } from './createMemoryRateLimitStore'
import { expectRateLimitWindow } from './expectRateLimitWindow'

describe('createMemoryRateLimitStore', () => {
  it('allows max hits per window per key, then says how long to wait', async () => {
    await expectRateLimitWindow((now) => createMemoryRateLimitStore({ now }))
  })
})
