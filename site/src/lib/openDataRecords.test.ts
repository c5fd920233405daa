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
    qualityIndicators: [
      {
        key: 'row1',
        indicator: 'people-reached',
        custom: false,
        name: 'Persone raggiunte',
        unit: 'persone',
        measurements: [],
      },
    ],
    unit: { id: '3', name: 'Milano', code: 'LOM-MI', level: 'local' },
    region: null,
    activity: { status: '', startDate: '', endDate: '' },
    costs: { amount: null, currency: '', period: '', notes: '' },
    resources: { volunteers: null, staff: null, material: '' },
    links: [],
    contact: null,
    likeCount: 1,
    commentCount: 0,
    replicationCount: 1,
    replications: [
      {
        cmsId: '21',
        unit: { id: '5', name: 'Comitato di Roma', code: 'LAZ-RM' },
        region: { id: '4', name: 'Comitato Regionale Lazio', code: 'LAZ' },
        status: 'running',
        startDate: '2026-02-01',
        endDate: '',
        adaptations: 'Con le scuole',
        results: '',
        confirmedAt: '2026-03-01T10:00:00.000Z',
        measurements: [
          { key: 'row1', date: '2026-06-30', value: 14, source: 'Registro' },
          { key: 'gone', date: '2026-06-30', value: 3, source: '' },
        ],
      },
    ],
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

  it('includes the confirmed replications with their unit and region, never an internal unit id', () => {
    const [record] = openDataRecords({
      entries: [entry('it', false, 'Caffè')],
      siteUrl: 'https://redcloud.example.org',
    })
    expect(record?.replicationCount).toBe(1)
    expect(record?.replications).toEqual([
      {
        id: '21',
        unit: { name: 'Comitato di Roma', code: 'LAZ-RM' },
        region: { name: 'Comitato Regionale Lazio', code: 'LAZ' },
        status: 'running',
        startDate: '2026-02-01',
        endDate: '',
        adaptations: 'Con le scuole',
        results: '',
        confirmedAt: '2026-03-01T10:00:00.000Z',
        // Named as the origin's indicators are; a figure for a row the origin no longer has is left out.
        measurements: [
          {
            indicator: 'people-reached',
            custom: false,
            name: 'Persone raggiunte',
            unit: 'persone',
            date: '2026-06-30',
            value: 14,
            source: 'Registro',
          },
        ],
      },
    ])
  })
})
