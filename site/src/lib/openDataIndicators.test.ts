import { describe, expect, it } from 'vitest'

import type { IndicatorEntry } from './types'

import { openDataIndicators } from './openDataIndicators'

const entry = (
  locale: IndicatorEntry['locale'],
  isFallback: boolean,
  name: string,
  slug = 'hours',
): IndicatorEntry => ({
  cmsId: slug,
  slug,
  locale,
  isFallback,
  contentLocale: isFallback ? 'it' : locale,
  name,
  definition: locale === 'it' ? 'Ore donate' : '',
  unit: locale === 'it' ? 'ore' : 'hours',
  direction: 'higher',
  aggregation: 'sum',
  themes: ['elderly'],
})

describe('openDataIndicators', () => {
  it('makes one record per indicator with texts only in the languages they were written in', () => {
    expect(
      openDataIndicators([
        entry('it', false, 'Ore di volontariato'),
        entry('en', false, 'Volunteer hours'),
        entry('fr', true, 'Ore di volontariato'),
        entry('it', false, 'Persone', 'a-people'),
      ]),
    ).toEqual([
      expect.objectContaining({ slug: 'a-people' }),
      {
        slug: 'hours',
        name: { it: 'Ore di volontariato', en: 'Volunteer hours' },
        definition: { it: 'Ore donate' },
        unit: { it: 'ore', en: 'hours' },
        direction: 'higher',
        aggregation: 'sum',
        themes: ['elderly'],
      },
    ])
  })
})
