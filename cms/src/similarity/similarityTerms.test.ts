import { describe, expect, it } from 'vitest'

import { similarityTerms } from './similarityTerms'

describe('similarityTerms', () => {
  it('drops stop words of the four languages, case and accents', () => {
    expect(similarityTerms('La distribución de los PASTI')).toEqual(['distribucion', 'distr~', 'pasti'])
  })
  it('makes related words across languages meet on their beginning', () => {
    const stems = (text: string) => similarityTerms(text).filter((term) => term.endsWith('~'))
    expect(stems('volontari')).toEqual(stems('volontaires'))
    expect(stems('distribuzione')).toEqual(stems('distribution'))
  })
  it('gives nothing for punctuation, markup or stop words alone', () => {
    expect(similarityTerms('!!! ??? <> ...')).toEqual([])
    expect(similarityTerms('the of la de')).toEqual([])
  })
})
