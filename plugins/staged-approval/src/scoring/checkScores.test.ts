import { describe, expect, it } from 'vitest'

import { checkFlags } from './checkFlags'
import { checkScores } from './checkScores'
import { parseScores } from './parseScores'
import { sanitizeScoring } from './sanitizeScoring'

const scoring = sanitizeScoring(
  {
    criteria: ['clarity', 'impact', 'reach'],
    requiredAt: ['branch', 'headquarters'],
    allowedAt: ['desk'],
    canRead: () => true,
  },
  'articles',
)!
const full = { clarity: 3, impact: 2, reach: 0 }

describe('parseScores: the shape of `scores`', () => {
  it('takes whole numbers from min to max for known criteria, and nothing as no scores', () => {
    expect(parseScores(full, scoring)).toEqual({ scores: full })
    expect(parseScores(undefined, scoring)).toEqual({ scores: undefined })
    expect(parseScores(null, scoring)).toEqual({ scores: undefined })
    expect(parseScores({ clarity: null }, scoring)).toEqual({ scores: undefined })
  })

  it.each([
    [{ clarity: 4 }, '"scores.clarity" must be a whole number from 0 to 3.'],
    [{ impact: -1 }, '"scores.impact" must be a whole number from 0 to 3.'],
    [{ reach: 1.5 }, '"scores.reach" must be a whole number from 0 to 3.'],
    [{ reach: '2' }, '"scores.reach" must be a whole number from 0 to 3.'],
    [{ reach: true }, '"scores.reach" must be a whole number from 0 to 3.'],
    [{ beauty: 2 }, '"scores.beauty" is not a criterion: use clarity, impact, reach.'],
    [{ __proto__x: 2 }, '"scores.__proto__x" is not a criterion: use clarity, impact, reach.'],
    [[1, 2, 3], '"scores" must be an object: { criterion: score }.'],
    ['3', '"scores" must be an object: { criterion: score }.'],
  ])('refuses %j, naming the criterion', (value, error) => {
    expect(parseScores(value, scoring)).toEqual({ error })
  })

  it('refuses scores on a collection that takes none', () => {
    expect(parseScores(full, null)).toEqual({ error: '"scores" are not given on this collection.' })
  })

  it('names a long unknown key only in part', () => {
    const result = parseScores({ ['x'.repeat(5000)]: 1 }, scoring) as { error: string }
    expect(result.error.length).toBeLessThan(200)
  })
})

describe('checkScores: where scores are required, allowed or refused', () => {
  it('requires every criterion to approve at a required step, naming the first missing one', () => {
    expect(checkScores({ action: 'approve', scores: undefined, scoring, step: 'branch' })).toEqual({
      error: '"scores.clarity" is required to approve at this level (a whole number from 0 to 3).',
    })
    expect(
      checkScores({ action: 'approve', scores: { clarity: 1, reach: 2 }, scoring, step: 'headquarters' }),
    ).toEqual({
      error: '"scores.impact" is required to approve at this level (a whole number from 0 to 3).',
    })
    expect(checkScores({ action: 'approve', scores: full, scoring, step: 'branch' })).toEqual({
      scores: full,
    })
  })

  it('takes partial scores or none where they are allowed, and with changes requested or a rejection', () => {
    expect(checkScores({ action: 'approve', scores: { clarity: 1 }, scoring, step: 'desk' })).toEqual({
      scores: { clarity: 1 },
    })
    expect(checkScores({ action: 'approve', scores: undefined, scoring, step: 'desk' })).toEqual({
      scores: null,
    })
    expect(checkScores({ action: 'reject', scores: { reach: 0 }, scoring, step: 'branch' })).toEqual({
      scores: { reach: 0 },
    })
    expect(checkScores({ action: 'request_changes', scores: undefined, scoring, step: 'branch' })).toEqual({
      scores: null,
    })
  })

  it('refuses scores with other actions, outside review and on steps that take none', () => {
    for (const [action, step] of [
      ['submit', null],
      ['withdraw', 'branch'],
      ['override', 'branch'],
      ['archive', null],
    ] as const) {
      expect(checkScores({ action, scores: full, scoring, step })).toHaveProperty('error')
    }
    const onlyRequired = sanitizeScoring(
      { criteria: ['clarity'], requiredAt: ['headquarters'], canRead: () => true },
      'x',
    )
    expect(
      checkScores({ action: 'approve', scores: { clarity: 1 }, scoring: onlyRequired, step: 'branch' }),
    ).toEqual({
      error: '"scores" are not given to approve at this stage.',
    })
    expect(
      checkScores({ action: 'approve', scores: undefined, scoring: onlyRequired, step: 'branch' }),
    ).toEqual({
      scores: null,
    })
  })

  it('still checks the shape (the Local API skips the endpoint)', () => {
    expect(checkScores({ action: 'approve', scores: { clarity: 9 }, scoring, step: 'desk' })).toEqual({
      error: '"scores.clarity" must be a whole number from 0 to 3.',
    })
  })
})

describe('checkFlags', () => {
  const declared = [{ name: 'featured', at: ['headquarters'] }]

  it('takes a flag only with approval at its steps; false is the same as none', () => {
    expect(
      checkFlags({ action: 'approve', declared, given: { featured: true }, step: 'headquarters' }),
    ).toEqual({
      flags: { featured: true },
    })
    expect(checkFlags({ action: 'approve', declared, given: { featured: true }, step: 'branch' })).toEqual({
      error: '"featured" is only given when deciding at headquarters.',
    })
    expect(
      checkFlags({ action: 'reject', declared, given: { featured: true }, step: 'headquarters' }),
    ).toHaveProperty('error')
    expect(checkFlags({ action: 'approve', declared, given: { featured: false }, step: 'branch' })).toEqual({
      flags: { featured: false },
    })
    expect(
      checkFlags({ action: 'approve', declared, given: { featured: 'yes' }, step: 'headquarters' }),
    ).toEqual({
      error: '"featured" must be true or false.',
    })
  })
})

describe('sanitizeScoring', () => {
  it('fills the defaults and refuses mistakes at startup', () => {
    expect(sanitizeScoring(undefined, 'x')).toBeNull()
    const sane = sanitizeScoring({ criteria: ['a'], canRead: () => false }, 'x')!
    expect([sane.min, sane.max, sane.requiredAt, sane.allowedAt]).toEqual([0, 3, [], []])
    expect(() => sanitizeScoring({ criteria: [], canRead: () => false }, 'x')).toThrow(
      /at least one criterion/,
    )
    expect(() => sanitizeScoring({ criteria: ['a', 'a'], canRead: () => false }, 'x')).toThrow(/twice/)
    expect(() => sanitizeScoring({ criteria: ['a'], min: 3, max: 3, canRead: () => false }, 'x')).toThrow(
      /min below max/,
    )
  })
})
