import { Writable } from 'stream'
import { describe, expect, it } from 'vitest'

import { accessLog } from './accessLog'
import { createLogger } from './createLogger'

describe('accessLog', () => {
  it('writes one JSON line per request with method, path, status and duration, never the query string', async () => {
    const lines: string[] = []
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean))
        done()
      },
    })
    const logger = createLogger({ pretty: false, destination })
    const request = new Request('http://cms.test/api/users?where[email][equals]=anna@example.org', {
      method: 'GET',
    })
    accessLog({ request, status: 200, ms: 12 }, logger)
    accessLog(
      { request: new Request('http://cms.test/api/practices/7', { method: 'PATCH' }), status: 403, ms: 3 },
      logger,
    )
    await new Promise((resolve) => setImmediate(resolve))
    expect(lines).toHaveLength(2)
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(entries[0]).toMatchObject({ level: 30, method: 'GET', path: '/api/users', status: 200, ms: 12 })
    expect(entries[1]).toMatchObject({ method: 'PATCH', path: '/api/practices/7', status: 403 })
    expect(lines.join('\n')).not.toContain('anna@example.org')
  })
})
