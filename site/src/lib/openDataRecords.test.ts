import { describe, expect, it } from 'vitest'

import type { PracticeEntry } from './types'

import { openDataRecords } from './openDataRecords'

const entry = (locale: 'en' | 'fr' | 'it', isFallback: boolean, title: string): PracticeEntry =>
  ({
    cmsId: '7',
    slug: 'caffe',
    locale,
    contentLocale: isFallback ? 'it' : locale,
    originalLocale: 'it',
    isFallback,
    translations: ['it', 'en'],
    title,
    summary: `${title} summary`,
    themes: ['elderly'],
    targetGroups: [],
    objectives: [],
    qualityIndicators: [],
    unit: { id: '3', name: 'Milano', code: 'LOM-MI', level: 'local' },
    region: null,
    activity: { status: '', startDate: '', endDate: '' },
    costs: { amount: null, currency: '', period: '', notes: '' },
    resources: { volunteers: null, staff: null, material: '' },
    links: [],
    contact: null,
    likeCount: 1,
    commentCount: 0,
    recognised: true,
    publishedAt: '2026-01-01',
  }) as unknown as PracticeEntry

describe('openDataRecords', () => {
  it('makes one record per practice with texts in its real languages only, linking the original', () => {
    const records = openDataRecords({
      entries: [entry('it', false, 'Caffè'), entry('en', false, 'Café'), entry('fr', true, 'Caffè')],
      siteUrl: 'https://redcloud.example.org',
    })
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({
      id: '7',
      url: 'https://redcloud.example.org/it/practices/caffe/',
      originalLanguage: 'it',
      title: { it: 'Caffè', en: 'Café' },
      contact: null,
      recognised: true,
    })
    expect(records[0]?.title).not.toHaveProperty('fr')
  })
})
