import { describe, expect, it } from 'vitest'

import { createSimilarityIndex } from './createSimilarityIndex'
import type { SimilarityDocument } from './SimilarityDocument'

const doc = (
  id: number,
  it: string,
  summary: string,
  extra: Partial<SimilarityDocument> = {},
): SimilarityDocument => ({
  id,
  slug: `p-${id}`,
  unit: { id: 1, name: 'Milano' },
  titles: { it },
  summaries: { it: summary },
  originalLanguage: 'it',
  ...extra,
})

const docs = [
  doc(
    1,
    'Pronto nonno: compagnia telefonica per anziani soli',
    'Volontari telefonano ogni settimana agli anziani che vivono soli.',
    {
      titles: {
        it: 'Pronto nonno: compagnia telefonica per anziani soli',
        en: 'Hello Grandpa: telephone companionship for older people living alone',
      },
    },
  ),
  doc(2, 'Nonni digitali', 'I giovani insegnano agli anziani a usare il tablet e i servizi online.'),
  doc(3, 'Unità di strada notturna', 'Distribuzione di pasti caldi e coperte alle persone senza dimora.'),
  doc(
    4,
    'Emporio solidale',
    'Un market dove le famiglie in difficoltà fanno la spesa con una tessera a punti.',
  ),
  doc(5, 'Piccoli soccorritori', 'Primo soccorso insegnato nelle scuole primarie.'),
  doc(6, 'Compagnia', 'Telefonate agli anziani.'),
]

describe('createSimilarityIndex', () => {
  const index = createSimilarityIndex(docs)

  it('ranks a practice first for its exact title, in any language, ignoring case and accents', () => {
    expect(index.search({ q: 'Nonni digitali', locale: 'it' })[0]?.id).toBe(2)
    expect(
      index.search({
        q: 'hello grandpa: TELEPHONE companionship for older people living alone',
        locale: 'it',
      })[0]?.id,
    ).toBe(1)
    expect(index.search({ q: 'Compagnia', locale: 'it' })[0]?.id).toBe(6)
  })

  it('finds practices across languages through translations and shared word stems', () => {
    const english = index.search({ q: 'telephone calls to lonely older people', locale: 'en' })
    expect(english[0]?.id).toBe(1)
    expect(english[0]?.title).toMatch(/Hello Grandpa/)
    const french = index.search({ q: 'distribution de repas pour les sans-abri', locale: 'fr' })
    expect(french.map((hit) => hit.id)).toContain(3)
  })

  it('answers at most five, best first, with scores between 0 and 1', () => {
    const hits = index.search({
      q: 'anziani volontari telefono tablet scuole pasti spesa soccorso',
      locale: 'it',
    })
    expect(hits.length).toBeLessThanOrEqual(5)
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score)
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0)
  })

  it('leaves out the practice asked to exclude, and finds nothing for unrelated words', () => {
    expect(
      index.search({ q: 'Nonni digitali', locale: 'it', exclude: '2' }).map((hit) => hit.id),
    ).not.toContain(2)
    expect(index.search({ q: 'zzzqqq xyzzy', locale: 'it' })).toEqual([])
  })
})
