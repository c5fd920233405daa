import { describe, expect, it } from 'vitest'

import { relatedPractices } from './relatedPractices'
import { relatedQuery } from './relatedQuery'

const answer = (docs: unknown[], status = 200) =>
  (async () => new Response(JSON.stringify({ docs }), { status })) as typeof fetch

describe('relatedPractices', () => {
  it('asks the CMS with the title and summary, leaving the practice itself out', async () => {
    let asked = ''
    const fetchImpl = (async (url: string) => {
      asked = url
      return new Response(
        JSON.stringify({
          docs: [
            {
              id: 7,
              title: 'Nonni digitali',
              slug: 'nonni-digitali',
              unit: { id: 1, name: 'Milano' },
              score: 1,
            },
            { id: 3, title: 'Itself', slug: 'itself', unit: null, score: 0.5 },
          ],
        }),
      )
    }) as typeof fetch
    const related = await relatedPractices(
      { id: '3', locale: 'it', title: 'Pronto nonno', summary: 'Telefonate agli anziani' },
      { env: { CMS_URL: 'http://cms.test' }, fetchImpl },
    )
    const url = new URL(asked)
    expect(url.pathname).toBe('/api/practices/similar')
    expect(url.searchParams.get('q')).toBe('Pronto nonno Telefonate agli anziani')
    expect(url.searchParams.get('exclude')).toBe('3')
    expect(related).toEqual([
      { id: '7', title: 'Nonni digitali', slug: 'nonni-digitali', unitName: 'Milano' },
    ])
  })

  it('gives none when the CMS cannot answer', async () => {
    expect(
      await relatedPractices(
        { id: '1', locale: 'it', title: 'abc def', summary: '' },
        { fetchImpl: answer([], 500) },
      ),
    ).toEqual([])
    const failing = (async () => {
      throw new Error('down')
    }) as typeof fetch
    expect(
      await relatedPractices(
        { id: '1', locale: 'it', title: 'abc def', summary: '' },
        { fetchImpl: failing },
      ),
    ).toEqual([])
  })

  it('cuts a long query at a word within 500 characters', () => {
    const q = relatedQuery('Titolo', 'parola '.repeat(200))
    expect(q.length).toBeLessThanOrEqual(500)
    expect(q.endsWith('parola')).toBe(true)
  })
})
