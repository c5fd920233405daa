import { describe, expect, it } from 'vitest'

import { fetchAllPages } from './fetchAllPages'

const pages = (total: number, size: number) => {
  const calls: string[] = []
  const fetchImpl = (async (url: string) => {
    calls.push(url)
    const page = Number(new URL(url).searchParams.get('page'))
    const docs = Array.from({ length: Math.max(0, Math.min(size, total - (page - 1) * size)) }, (_, i) => ({
      id: (page - 1) * size + i,
    }))
    return new Response(JSON.stringify({ docs, hasNextPage: page * size < total }))
  }) as typeof fetch
  return { calls, fetchImpl }
}

describe('fetchAllPages', () => {
  it('reads every page, one request per page, passing the query through', async () => {
    const { calls, fetchImpl } = pages(250, 100)
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
  })

  it('fails with a message naming the address when the CMS cannot be reached', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') })
    }) as typeof fetch
    await expect(
      fetchAllPages({ baseUrl: 'http://127.0.0.1:9', collection: 'faq', fetchImpl }),
    ).rejects.toThrow(/CMS at http:\/\/127\.0\.0\.1:9 cannot be reached \(connect ECONNREFUSED/)
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
