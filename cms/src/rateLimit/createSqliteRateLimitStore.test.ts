import fs from 'fs'
import os from 'os'
import path from 'path'
import { afterAll, describe, expect, it } from 'vitest'

import { createSqliteRateLimitStore } from './createSqliteRateLimitStore'
import { expectRateLimitWindow } from './expectRateLimitWindow'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-rate-limits-'))
const opened: { close: () => void }[] = []
const open = (file: string, now?: () => number) => {
  const store = createSqliteRateLimitStore({ file: path.join(dir, file), now })
  opened.push(store)
  return store
}
afterAll(() => {
  for (const store of opened) store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('createSqliteRateLimitStore', () => {
  it('allows max hits per window per key, then says how long to wait', async () => {
    await expectRateLimitWindow((now) => open('window.db', now))
  })

  it('counts exactly across two stores on one file, however many hits arrive at once', async () => {
    const first = open('shared.db')
    const second = open('shared.db')
    const rule = { max: 25, windowMs: 60_000 }
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? first : second).hit({ key: 'login:x', rule })),
    )
    expect(results.filter((r) => r.retryAfterSeconds === 0)).toHaveLength(25)
    expect(results.filter((r) => r.retryAfterSeconds > 0)).toHaveLength(35)
  })

  it('forgets expired windows (no row per stranger kept for ever)', async () => {
    let time = 5_000_000
    const store = open('sweep.db', () => time)
    const rule = { max: 1, windowMs: 1000 }
    for (let i = 0; i < 20; i++) await store.hit({ key: `k${i}`, rule })
    time += 120_000
    await store.hit({ key: 'late', rule })
    const { createClient } = await import('@libsql/client')
    const reader = createClient({ url: `file:${path.join(dir, 'sweep.db')}` })
    const { rows } = await reader.execute('SELECT key FROM rate_limits')
    reader.close()
    expect(rows.map((row) => row.key)).toEqual(['late'])
  })
})
