import { Readable } from 'node:stream'
import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'

import { readRebuildRequest } from './readRebuildRequest.ts'

const read = (body: string) => readRebuildRequest(Readable.from([body]) as unknown as IncomingMessage)

describe('the rebuild request names what changed (issue 18)', () => {
  it('practices alone: their ids; anything else, or nothing usable: everything', async () => {
    expect(
      await read(
        JSON.stringify({
          reason: 'practices 4 published',
          changes: [{ collection: 'practices', ids: [4, '7'] }],
        }),
      ),
    ).toEqual({ reason: 'practices 4 published', changes: { practices: ['4', '7'] } })
    expect((await read(JSON.stringify({ changes: [{ collection: 'faq', ids: [1] }] }))).changes).toBe(
      'everything',
    )
    expect((await read(JSON.stringify({ reason: 'x' }))).changes).toBe('everything')
    expect((await read('not json')).changes).toBe('everything')
    expect(
      (await read(JSON.stringify({ changes: [{ collection: 'practices', ids: ['../x'] }] }))).changes,
    ).toBe('everything')
  })
})
