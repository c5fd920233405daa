import type { Practice } from '@redcloud/cms/payload-types'

import { describe, expect, it } from 'vitest'

import type { UnitEntry } from './types'

import { normalizePractice } from './normalizePractice'

const units = new Map<string, UnitEntry>([
  ['1', { cmsId: '1', name: 'National', code: 'NAT', level: 'national', parentId: null }],
  ['2', { cmsId: '2', name: 'Lombardia', code: 'LOM', level: 'regional', parentId: '1' }],
  ['3', { cmsId: '3', name: 'Milano', code: 'LOM-MI', level: 'local', parentId: '2' }],
])

const base = (overrides: Partial<Practice> = {}): Practice =>
  ({
    id: 7,
    slug: 'caffe-alzheimer',
    title: 'Caffè Alzheimer',
    summary: 'Incontri per famiglie',
    objectives: [{ objective: 'Ridurre la solitudine' }],
    innovation: 'Un luogo informale',
    themes: [{ id: 1, slug: 'elderly' }],
    targetGroups: ['elderly', 'families'],
    unit: { id: 3, name: 'Milano' },
    originalLanguage: 'it',
    links: [
      { label: 'Sito', url: 'https://example.org' },
      { label: 'Bad', url: 'javascript:alert(1)' },
    ],
    contact: {
      name: 'Anna Rossi',
      role: 'Coordinatrice',
      email: 'anna@example.org',
      phone: '+39 02 1234',
      consent: true,
    },
    likeCount: 4,
    commentCount: 2,
    updatedAt: '2026-01-02T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }) as Practice

const normalize = (
  byLocale: Parameters<typeof normalizePractice>[0]['byLocale'],
  locale: 'en' | 'it' = 'en',
) => normalizePractice({ byLocale, locale, defaultLocale: 'it', units, mediaBaseUrl: 'http://cms.test' })

describe('normalizePractice', () => {
  it('shows a translation in its own language, filling only the fields it lacks from the original', () => {
    const english = base({
      title: 'Alzheimer café',
      summary: 'Meetings for families',
      innovation: null,
      objectives: [],
    })
    const entry = normalize({ it: base(), en: english })!
    expect(entry).toMatchObject({
      title: 'Alzheimer café',
      summary: 'Meetings for families',
      isFallback: false,
      contentLocale: 'en',
    })
    expect(entry.innovation).toBe('Un luogo informale')
    expect(entry.objectives).toEqual(['Ridurre la solitudine'])
    expect(entry.untranslatedFields).toEqual(expect.arrayContaining(['innovation', 'objectives']))
    expect(entry.untranslatedFields).not.toContain('summary')
    expect(entry.translations).toEqual(['it', 'en'])
  })

  it('falls back to the original language, marked, when there is no translation', () => {
    const empty = base({ title: null, summary: null, innovation: null, objectives: [] })
    const entry = normalize({ it: base(), en: empty, fr: empty, es: empty })!
    expect(entry).toMatchObject({
      title: 'Caffè Alzheimer',
      isFallback: true,
      contentLocale: 'it',
      originalLocale: 'it',
      locale: 'en',
    })
    expect(entry.translations).toEqual(['it'])
  })

  it('falls back to the default language when the declared original has no text', () => {
    const entry = normalize({ it: base({ originalLanguage: 'fr' }), fr: base({ title: '' }) })!
    expect(entry.originalLocale).toBe('it')
  })

  it('puts a local unit in its regional committee, and a regional unit in itself', () => {
    expect(normalize({ it: base() })!.recognised).toBe(false)
    expect(normalize({ it: base({ recognised: true }) })!.recognised).toBe(true)
    expect(normalize({ it: base({ recognised: null }) })!.recognised).toBe(false)
    expect(normalize({ it: base() })!.region).toEqual({ id: '2', name: 'Lombardia', code: 'LOM' })
    expect(normalize({ it: base({ unit: 2 }) })!.region?.code).toBe('LOM')
    expect(normalize({ it: base({ unit: 1 }) })!.region).toBeNull()
  })

  it('shows contact details only with consent, whatever the API returned', () => {
    expect(normalize({ it: base() })!.contact).toMatchObject({
      name: 'Anna Rossi',
      email: 'anna@example.org',
    })
    const withoutConsent = base({
      contact: { name: 'Anna Rossi', email: 'anna@example.org', consent: false },
    })
    expect(normalize({ it: withoutConsent })!.contact).toBeNull()
    expect(normalize({ it: base({ contact: { name: 'Anna Rossi' } }) })!.contact).toBeNull()
  })

  it('drops links that are not http(s)', () => {
    expect(normalize({ it: base() })!.links).toEqual([{ label: 'Sito', url: 'https://example.org/' }])
  })

  it('skips documents with no title in any language or no slug', () => {
    expect(normalize({ it: base({ title: '' }) })).toBeNull()
    expect(normalize({ it: base({ slug: null }) })).toBeNull()
    expect(normalize({})).toBeNull()
  })

  it('attaches the library’s texts and the published measurements to each indicator, and custom names from the original when not translated', () => {
    const rows = [
      { id: 'r1', key: 'reach', indicator: 5, custom: false, baseline: 0, target: 200 },
      { id: 'r2', key: 'calls', indicator: null, custom: true, name: 'Telefonate', unit: 'chiamate' },
    ]
    const italian = base({ qualityIndicators: rows } as unknown as Partial<Practice>)
    const english = base({
      title: 'Alzheimer café',
      qualityIndicators: rows.map((r) => ({ ...r, name: null })),
    } as unknown as Partial<Practice>)
    const entry = normalizePractice({
      byLocale: { it: italian, en: english },
      locale: 'en',
      defaultLocale: 'it',
      units,
      mediaBaseUrl: 'http://cms.test',
      library: new Map([
        [
          '5',
          {
            cmsId: '5',
            slug: 'people-reached',
            locale: 'en',
            isFallback: false,
            contentLocale: 'en',
            name: 'People reached',
            definition: 'Distinct people',
            unit: 'people',
            direction: 'higher',
            aggregation: 'sum',
            themes: [],
          },
        ],
      ]),
      measurements: new Map([['reach', [{ date: '2025-01-01', value: 80, source: 'register' }]]]),
    })!
    expect(entry.untranslatedFields).toContain('qualityIndicators')
    expect(entry.qualityIndicators).toMatchObject([
      {
        key: 'reach',
        indicator: 'people-reached',
        name: 'People reached',
        unit: 'people',
        contentLocale: 'en',
        target: 200,
      },
      {
        key: 'calls',
        custom: true,
        name: 'Telefonate',
        unit: 'chiamate',
        contentLocale: 'it',
        measurements: [],
      },
    ])
    expect(entry.qualityIndicators[0]!.measurements).toEqual([
      { date: '2025-01-01', value: 80, source: 'register' },
    ])
  })
})
