import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'

import { createBm25Ranking } from './createBm25Ranking'
import { similarityTerms } from './similarityTerms'

const WORDS = [
  'volontari anziani compagnia telefonica settimana soli',
  'distribuzione pasti caldi coperte persone senza dimora notte',
  'emporio solidale famiglie difficoltà spesa tessera punti',
  'primo soccorso scuole primarie bambini insegnanti corso',
  'hello grandpa telephone companionship older people living alone',
  'distribution repas chauds couvertures personnes sans abri',
  'voluntarios mayores acompañamiento telefónico semana',
  'giovani tablet servizi online digitale nonni',
  'migranti accoglienza lingua italiana sportello orientamento',
  'donazione sangue campagna giornata raccolta ospedale',
].flatMap((line) => line.split(' '))

/** A deterministic corpus with many exact copies (ties) and near copies, as generated data has. */
const corpus = (size: number) => {
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const phrase = (length: number) =>
    Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]!).join(' ')
  const templates = Array.from({ length: 12 }, () => ({ title: phrase(4), summary: phrase(14) }))
  return Array.from({ length: size }, (_, i) => {
    const template = templates[i % templates.length]!
    return i % 3 === 0
      ? { id: i + 1, title: `${template.title} (${i + 1})`, summary: template.summary }
      : { id: i + 1, title: phrase(3 + (i % 5)), summary: i % 7 === 0 ? '' : phrase(8 + (i % 11)) }
  })
}

const miniSearchRanking = (documents: ReturnType<typeof corpus>) => {
  const mini = new MiniSearch({
    fields: ['title', 'summary'],
    storeFields: [],
    tokenize: similarityTerms,
    processTerm: (term) => term,
  })
  mini.addAll(documents)
  return (terms: string[]) =>
    mini
      .search(terms.join(' '), {
        boost: { title: 3 },
        combineWith: 'OR',
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
      })
      .map((hit) => ({ id: hit.id as number, score: hit.score }))
}

describe('createBm25Ranking', () => {
  it("ranks exactly as MiniSearch's search: same documents, same order (ties included), same scores", () => {
    const documents = corpus(600)
    const expected = miniSearchRanking(documents)
    const ranking = createBm25Ranking({
      documents,
      fields: ['title', 'summary'],
      boosts: { title: 3 },
      tokenize: similarityTerms,
    })
    const queries = [
      ...documents.slice(0, 120).map((doc) => [...new Set(similarityTerms(`${doc.title} ${doc.summary}`))]),
      ['anziani'],
      ['nonexistent', 'volontari'],
      ['zzzqqq'],
    ]
    let compared = 0
    for (const terms of queries) {
      const all = expected(terms)
      for (const limit of [1, 6, 40, documents.length]) {
        const ours = ranking.rank(terms, limit).map(({ doc, score }) => ({ id: documents[doc]!.id, score }))
        expect(ours).toEqual(all.slice(0, limit))
        compared += ours.length
      }
    }
    // The corpus really has ties and long answers: a check over nothing would prove nothing.
    expect(compared).toBeGreaterThan(20_000)
  })

  it('answers nothing for no terms, unknown ones or a limit of 0, and a second query is not disturbed by the first', () => {
    const documents = corpus(50)
    const ranking = createBm25Ranking({
      documents,
      fields: ['title', 'summary'],
      boosts: { title: 3 },
      tokenize: similarityTerms,
    })
    expect(ranking.rank([], 5)).toEqual([])
    expect(ranking.rank(['zzzqqq'], 5)).toEqual([])
    expect(ranking.rank(['anziani'], 0)).toEqual([])
    const first = ranking.rank(['anziani', 'volontari'], 50)
    ranking.rank(['pasti', 'dimora'], 50)
    expect(ranking.rank(['anziani', 'volontari'], 50)).toEqual(first)
  })
})
