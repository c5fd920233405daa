import { Writable } from 'stream'
import { APIError, NotFound } from 'payload'
import { describe, expect, it } from 'vitest'

import { createLogger } from './createLogger'

const capture = () => {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  return { lines, destination }
}

describe('createLogger', () => {
  it('logs what a client caused (4xx) at info as one line with its message, and real errors with their stack', async () => {
    const { lines, destination } = capture()
    const logger = createLogger({ pretty: false, destination })
    logger.error({ err: new APIError('Sign in to see your queue.', 401) })
    logger.error({ err: new NotFound() })
    logger.error({ err: new Error('database went away') })
    await new Promise((resolve) => setImmediate(resolve))
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(entries[0]).toMatchObject({ level: 30, status: 401, msg: 'Sign in to see your queue.' })
    expect(entries[0]!.err).toBeUndefined()
    expect(entries[1]).toMatchObject({ level: 30, status: 404 })
    expect(entries[2]).toMatchObject({ level: 50 })
    expect((entries[2]!.err as { stack: string }).stack).toContain('database went away')
  })

  it('writes no colour codes and one JSON object per line when not on a terminal', async () => {
    const { lines, destination } = capture()
    const logger = createLogger({ pretty: false, destination })
    logger.error({ err: new Error('first\nsecond line') })
    logger.info('started')
    await new Promise((resolve) => setImmediate(resolve))
    expect(lines).toHaveLength(2)
    for (const line of lines) {
      expect(line.includes('\u001b[')).toBe(false)
      expect(() => JSON.parse(line)).not.toThrow()
    }
  })

  it('keeps to the level asked for', async () => {
    const { lines, destination } = capture()
    const logger = createLogger({ pretty: false, destination, level: 'warn' })
    logger.error({ err: new APIError('Refused', 403) })
    logger.warn('kept')
    await new Promise((resolve) => setImmediate(resolve))
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['kept'])
  })
})
