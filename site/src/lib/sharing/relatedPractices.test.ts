import { describe, expect, it } from 'vitest'

import type { PracticeEntry } from '../types'

import { relatedPractices } from './relatedPractices'
import { relatedQuery } from './relatedQuery'
import { similarityIndexOfEntries } from './similarityIndexOfEntries'

const entry = (cmsId: string, locale: 'en' | 'it', title: string, summary: string, isFallback = false) =>
  ({
    cmsId,
    slug: `p${cmsId}`,
    locale,
    title,
    summary,
    isFallback,
    contentLocale: isFallback ? 'it' : locale,
    originalLocale: 'it',
    untranslatedFields: [],
    unit: { id: 'u1', name: 'Comitato di Milano' },
  }) as unknown as PracticeEntry

// One practice per entry and language, as the build holds them: 2 is written in Italian only.
const entries = [
  entry('1', 'it', 'Pronto nonno', 'Telefonate agli anziani soli'),
  entry('1', 'en', 'Hello grandpa', 'Phone calls to elderly people living alone'),
  entry('2', 'it', 'Nonni digitali', 'Gli anziani imparano lo smartphone'),
  entry('2', 'en', 'Nonni digitali', 'Gli anziani imparano lo smartphone', true),
  entry('3', 'it', 'Raccolta alimentare', 'Cibo per le famiglie'),
  entry('3', 'en', 'Food drive', 'Food for families'),
]

describe('relatedPractices: from one index built at build time', () => {
  const index = similarityIndexOfEntries(entries)

  it('finds the practices close to the title and summary, itself left out, in the page’s language', () => {
    const related = relatedPractices(
      { id: '1', locale: 'it', title: 'Pronto nonno', summary: 'Telefonate agli anziani soli' },
      index,
    )
    expect(related[0]).toEqual({
      id: '2',
      title: 'Nonni digitali',
      slug: 'p2',
      unitName: 'Comitato di Milano',
    })
    expect(related.map((r) => r.id)).not.toContain('1')
    // Its English title where it has one; the original's where it has none.
    const english = relatedPractices(
      { id: '2', locale: 'en', title: 'Nonni digitali', summary: 'anziani' },
      index,
    )
    expect(english.find((r) => r.id === '1')?.title).toBe('Hello grandpa')
  })

  it('answers what the CMS answers: a practice’s exact title ranks it first', () => {
    expect(relatedPractices({ id: 'x', locale: 'en', title: 'Food drive', summary: '' }, index)[0]?.id).toBe(
      '3',
    )
  })

  it('gives none for a text too short to compare', () => {
    expect(relatedPractices({ id: '1', locale: 'it', title: 'ab', summary: '' }, index)).toEqual([])
  })

  it('cuts a long query at a word within 500 characters', () => {
    const q = relatedQuery('Titolo', 'parola '.repeat(200))
    expect(q.length).toBeLessThanOrEqual(500)
    expect(q.endsWith('parola')).toBe(true)
  })
})
