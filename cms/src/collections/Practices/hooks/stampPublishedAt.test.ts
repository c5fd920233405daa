import { describe, expect, it } from 'vitest'

import { stampPublishedAt } from './stampPublishedAt'

const FIRST = '2025-03-04T10:00:00.000Z'

/** The hook with a database whose live document has `live` as its publishedAt. */
const run = async ({
  data,
  operation = 'update',
  originalDoc,
  live = null,
}: {
  data: Record<string, unknown>
  operation?: 'create' | 'update'
  originalDoc?: Record<string, unknown>
  live?: null | string
}) => {
  const asked: unknown[] = []
  const req = {
    payload: {
      db: {
        findOne: async (args: unknown) => {
          asked.push(args)
          return { id: originalDoc?.id, publishedAt: live }
        },
      },
    },
  }
  const result = (await stampPublishedAt({ data, operation, originalDoc, req } as never)) as {
    publishedAt?: null | string
  }
  return { publishedAt: result.publishedAt, asked: asked.length }
}

describe('stampPublishedAt', () => {
  it('stamps the write that first publishes, and nothing before', async () => {
    const before = Date.now()
    const { publishedAt } = await run({ data: { _status: 'published' }, originalDoc: { id: 1 } })
    expect(Date.parse(String(publishedAt))).toBeGreaterThanOrEqual(before)
    expect((await run({ data: { _status: 'draft' }, originalDoc: { id: 1 } })).publishedAt).toBeNull()
    expect((await run({ data: { _status: 'draft' }, operation: 'create' })).publishedAt).toBeNull()
  })

  it('keeps the first date through revisions, archiving and republication', async () => {
    for (const status of ['published', 'draft']) {
      const { publishedAt, asked } = await run({
        data: { _status: status, publishedAt: '2030-01-01T00:00:00.000Z' },
        originalDoc: { id: 1, publishedAt: FIRST },
      })
      expect(publishedAt).toBe(FIRST)
      expect(asked).toBe(0)
    }
  })

  it('asks the live document when the version it is handed predates the date (restored, or older than it)', async () => {
    expect(await run({ data: { _status: 'published' }, originalDoc: { id: 1 }, live: FIRST })).toEqual({
      publishedAt: FIRST,
      asked: 1,
    })
    expect((await run({ data: { _status: 'draft' }, originalDoc: { id: 1 }, live: FIRST })).publishedAt).toBe(
      FIRST,
    )
  })

  it('takes the date server code gives when it publishes directly (the demo data)', async () => {
    const { publishedAt } = await run({
      data: { _status: 'published', publishedAt: FIRST },
      operation: 'create',
    })
    expect(publishedAt).toBe(FIRST)
  })
})
