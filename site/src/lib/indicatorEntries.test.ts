import { describe, expect, it } from 'vitest'

import type { IndicatorDoc } from './indicatorEntries'
import type { Locale } from './locales'

import { indicatorEntries } from './indicatorEntries'

const doc = (overrides: Partial<IndicatorDoc>): IndicatorDoc => ({
  id: 5,
  slug: 'volunteer-hours',
  name: null,
  definition: null,
  unitOfMeasure: null,
  direction: 'higher',
  aggregation: 'sum',
  themes: [1, { id: 2 }, 99],
  ...overrides,
})

describe('indicatorEntries', () => {
  const byId = new Map<string, Partial<Record<Locale, IndicatorDoc>>>([
    [
      '5',
      {
        it: doc({ name: 'Ore di volontariato', definition: 'Ore donate', unitOfMeasure: 'ore' }),
        en: doc({ name: 'Volunteer hours', definition: '', unitOfMeasure: 'hours' }),
        fr: doc({}),
        es: doc({}),
      },
    ],
    ['6', { it: doc({ id: 6, slug: '', name: 'Senza slug' }) }],
    ['7', { it: doc({ id: 7, slug: 'odd', name: 'Strano', direction: 'sideways', aggregation: 'product' }) }],
  ])
  const entries = indicatorEntries({
    byId,
    defaultLocale: 'it',
    themeSlugs: new Map([
      ['1', 'elderly'],
      ['2', 'youth'],
    ]),
  })

  it('makes one entry per language, falling back to the default language, marked', () => {
    const hours = entries.filter((e) => e.slug === 'volunteer-hours')
    expect(hours.map((e) => e.locale)).toEqual(['it', 'en', 'fr', 'es'])
    expect(hours.find((e) => e.locale === 'en')).toMatchObject({
      name: 'Volunteer hours',
      unit: 'hours',
      isFallback: false,
      contentLocale: 'en',
      themes: ['elderly', 'youth'],
      direction: 'higher',
      aggregation: 'sum',
    })
    expect(hours.find((e) => e.locale === 'fr')).toMatchObject({
      name: 'Ore di volontariato',
      unit: 'ore',
      isFallback: true,
      contentLocale: 'it',
    })
  })

  it('leaves out indicators without a slug, and never adds up an unknown aggregation', () => {
    expect(entries.some((e) => e.cmsId === '6')).toBe(false)
    expect(entries.find((e) => e.slug === 'odd')).toMatchObject({ direction: 'higher', aggregation: 'none' })
  })
})
