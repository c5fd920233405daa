import { describe, expect, it } from 'vitest'

import { CRITERIA } from '../../../contract/criteria'
import { recognitionProblem } from './recognitionProblem'

const all = (value: number) => Object.fromEntries(CRITERIA.map((criterion) => [criterion, value]))
const event = (from: string, scores: null | Record<string, number>, to = 'x') => ({ from, to, scores })

describe('recognitionProblem', () => {
  const submit = event('draft', null, 'local_review')
  const regional = (scores: Record<string, number>) => event('regional_review', scores, 'national_review')

  it('passes when the national scores and the round’s latest regional ones each reach the threshold', () => {
    const round = [submit, event('local_review', null), regional(all(2))]
    expect(recognitionProblem({ history: round, round, scores: all(2), threshold: 2 })).toBeNull()
  })

  it('names the national mean first, then the regional one, with its value', () => {
    const round = [submit, regional({ ...all(2), socialImpact: 0 })]
    expect(
      recognitionProblem({ history: round, round, scores: { ...all(2), measurable: 1 }, threshold: 2 }),
    ).toEqual({
      kind: 'belowThreshold',
      level: 'national',
      mean: 17 / 9,
    })
    expect(recognitionProblem({ history: round, round, scores: all(3), threshold: 2 })).toEqual({
      kind: 'belowThreshold',
      level: 'regional',
      mean: 16 / 9,
    })
    expect(recognitionProblem({ history: round, round, scores: null, threshold: 2 })).toEqual({
      kind: 'noScores',
      level: 'national',
    })
  })

  it('takes the latest regional scores of the round, else of the history; none needed without regional review', () => {
    const earlier = [submit, regional(all(1)), event('national_review', null, 'changes_requested')]
    const round = [event('changes_requested', null, 'national_review')]
    // Sent back by national review and resubmitted there: the regional scores of before count.
    expect(
      recognitionProblem({ history: [...earlier, ...round], round, scores: all(3), threshold: 2 }),
    ).toMatchObject({
      level: 'regional',
      mean: 1,
    })
    const again = [submit, regional(all(1)), regional(all(3))]
    expect(recognitionProblem({ history: again, round: again, scores: all(3), threshold: 2 })).toBeNull()
    const national = [event('draft', null, 'national_review')]
    expect(
      recognitionProblem({ history: national, round: national, scores: all(2), threshold: 2 }),
    ).toBeNull()
    const unscored = [submit, event('regional_review', null, 'national_review')]
    expect(recognitionProblem({ history: unscored, round: unscored, scores: all(3), threshold: 2 })).toEqual({
      kind: 'noScores',
      level: 'regional',
    })
  })
})
