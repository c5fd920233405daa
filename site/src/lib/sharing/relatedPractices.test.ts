import { describe, expect, it } from 'vitest'

import { relatedQuery } from '@redcloud/cms/contract'

import { relatedPractices } from './relatedPractices'

const env = { CMS_URL: 'http://cms.test' }

describe('relatedPractices: one request per 100 practices and language', () => {
  it('asks for 250 practices in 3 requests, each practice’s list itself left out', async () => {
    const asked: URL[] = []
    const fetchImpl = (async (url: string) => {
      const parsed = new URL(url)
      asked.push(parsed)
      const ids = parsed.searchParams.get('ids')!.split(',')
      const related = Object.fromEntries(
        ids.map((id) => [
          id,
          [
            {
              id: 7,
              title: 'Nonni digitali',
              slug: 'nonni-digitali',
              unit: { id: 1, name: 'Milano' },
              score: 1,
            },
            { id: Number(id), title: 'Itself', slug: 'itself', unit: null, score: 0.5 },
          ],
        ]),
      )
      return new Response(JSON.stringify({ related }))
    }) as typeof fetch
    const ids = Array.from({ length: 250 }, (_, i) => String(i + 1))
    const related = await relatedPractices({ ids, locale: 'it' }, { env, fetchImpl })
    expect(asked).toHaveLength(3)
    expect(asked.every((url) => url.pathname === '/api/practices/similar')).toBe(true)
    expect(asked.map((url) => url.searchParams.get('ids')!.split(',').length)).toEqual([100, 100, 50])
    expect(asked[0]!.searchParams.get('locale')).toBe('it')
    expect(related.size).toBe(250)
    expect(related.get('3')).toEqual([
      { id: '7', title: 'Nonni digitali', slug: 'nonni-digitali', unitName: 'Milano' },
    ])
    expect(related.get('7')).toEqual([])
  })

  it('gives none when the CMS cannot answer, after trying a failed connection twice more', async () => {
    let attempts = 0
    const failing = (async () => {
      attempts++
      throw new Error('down')
    }) as typeof fetch
    expect(
      (
        await relatedPractices(
          { ids: ['1'], locale: 'it' },
          { env, fetchImpl: failing, retryDelaysMs: [0, 0] },
        )
      ).size,
    ).toBe(0)
    expect(attempts).toBe(3)
    const once = (async () => {
      if (attempts++ === 3) throw new TypeError('fetch failed', { cause: new Error('other side closed') })
      return Response.json({
        related: { '1': [{ id: 2, title: 'Nonni digitali', slug: 'nonni', unit: null }] },
      })
    }) as typeof fetch
    const related = await relatedPractices(
      { ids: ['1'], locale: 'it' },
      { env, fetchImpl: once, retryDelaysMs: [0] },
    )
    expect(related.get('1')).toEqual([{ id: '2', title: 'Nonni digitali', slug: 'nonni', unitName: '' }])
    const refusing = (async () => new Response('{}', { status: 500 })) as typeof fetch
    expect((await relatedPractices({ ids: ['1'], locale: 'it' }, { env, fetchImpl: refusing })).size).toBe(0)
  })

  it('cuts a long query at a word within 500 characters', () => {
    const q = relatedQuery('Titolo', 'parola '.repeat(200))
    expect(q.length).toBeLessThanOrEqual(500)
    expect(q.endsWith('parola')).toBe(true)
  })
})
