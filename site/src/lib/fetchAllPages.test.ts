import { describe, expect, it } from 'vitest'

import { fetchAllPages } from './fetchAllPages'

/** A fake CMS holding `total` documents with ids 1…total, answering id-keyed batches. */
const pages = (total: number, maxPageSize = Infinity) => {
  const calls: string[] = []
  const fetchImpl = (async (url: string) => {
    calls.push(url)
    const params = new URL(url).searchParams
    const after = Number(params.get('where[id][greater_than]') ?? 0)
    const limit = Number(params.get('limit'))
    const docs = Array.from({ length: total }, (_, i) => ({ id: i + 1 }))
      .filter((doc) => doc.id > after)
      .slice(0, Math.min(limit, maxPageSize))
    return new Response(JSON.stringify({ docs }))
  }) as typeof fetch
  return { calls, fetchImpl }
}

describe('fetchAllPages', () => {
  it('reads every document in id-keyed batches, without page offsets or counts, passing the query through', async () => {
    const { calls, fetchImpl } = pages(250)
    const docs = await fetchAllPages<{ id: number }>({
      baseUrl: 'http://cms.test',
      collection: 'practices',
      query: { locale: 'fr', 'where[_status][equals]': 'published' },
      fetchImpl,
    })
    expect(docs).toHaveLength(250)
    expect(new Set(docs.map((d) => d.id)).size).toBe(250)
    expect(calls).toHaveLength(3)
    expect(calls[0]).toContain('/api/practices?')
    expect(new URL(calls[2] as string).searchParams.get('locale')).toBe('fr')
    expect(new URL(calls[2] as string).searchParams.get('where[_status][equals]')).toBe('published')
    expect(new URL(calls[2] as string).searchParams.get('where[id][greater_than]')).toBe('200')
    expect(new URL(calls[0] as string).searchParams.get('pagination')).toBe('false')
    expect(new URL(calls[0] as string).searchParams.has('page')).toBe(false)
  })

  it('stops after an exactly full last batch with one more request', async () => {
    const { calls, fetchImpl } = pages(200)
    expect(await fetchAllPages({ baseUrl: 'http://cms.test', collection: 'faq', fetchImpl })).toHaveLength(
      200,
    )
    expect(calls).toHaveLength(3)
  })

  it('reads everything when the CMS holds batches to a smaller maximum than asked (API_MAX_PAGE_SIZE)', async () => {
    const { calls, fetchImpl } = pages(95, 30)
    const docs = await fetchAllPages<{ id: number }>({
      baseUrl: 'http://cms.test',
      collection: 'faq',
      fetchImpl,
    })
    expect(docs.map((doc) => doc.id)).toEqual(Array.from({ length: 95 }, (_, i) => i + 1))
    expect(calls).toHaveLength(4)
  })

  it('fails with a message naming the address when the CMS cannot be reached, after trying twice more', async () => {
    let attempts = 0
    const fetchImpl = (async () => {
      attempts++
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') })
    }) as typeof fetch
    await expect(
      fetchAllPages({ baseUrl: 'http://127.0.0.1:9', collection: 'faq', fetchImpl, retryDelaysMs: [0, 0] }),
    ).rejects.toThrow(/CMS at http:\/\/127\.0\.0\.1:9 cannot be reached \(connect ECONNREFUSED/)
    expect(attempts).toBe(3)
  })

  it('reads on when a connection closes under a request once (a keep-alive that ran out), and does not retry an answer', async () => {
    const { calls, fetchImpl: cms } = pages(250)
    let dropped = 0
    const fetchImpl = (async (url: string) => {
      if (url.includes('greater_than%5D=100') && dropped++ === 0)
        throw new TypeError('fetch failed', { cause: new Error('other side closed') })
      return cms(url)
    }) as typeof fetch
    const docs = await fetchAllPages({ baseUrl: 'http://cms.test', collection: 'practices', fetchImpl })
    expect(docs.map((doc) => doc.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1))
    expect(dropped).toBe(2)
    expect(calls).toHaveLength(3)

    let answered = 0
    const failing = (async () => {
      answered++
      return new Response('{"errors":[{"message":"boom"}]}', { status: 500 })
    }) as typeof fetch
    await expect(
      fetchAllPages({ baseUrl: 'http://cms.test', collection: 'faq', fetchImpl: failing }),
    ).rejects.toThrow(/answered 500/)
    expect(answered).toBe(1)
  })

  it('fails with the status when the CMS answers with an error', async () => {
    const fetchImpl = (async () =>
      new Response('{"errors":[{"message":"boom"}]}', { status: 500 })) as typeof fetch
    await expect(fetchAllPages({ baseUrl: 'http://cms.test', collection: 'faq', fetchImpl })).rejects.toThrow(
      /answered 500/,
    )
  })

  it('really hits a closed port with a clear error', async () => {
    await expect(fetchAllPages({ baseUrl: 'http://127.0.0.1:1', collection: 'faq' })).rejects.toThrow(
      /http:\/\/127\.0\.0\.1:1 cannot be reached/,
    )
  })
})
