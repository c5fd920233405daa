import type { Replication } from '@redcloud/cms/payload-types'
import { describe, expect, it } from 'vitest'

import type { Locale } from './locales'
import type { UnitEntry } from './types'

import { replicationsByPractice } from './replicationsByPractice'

const unit = (fields: Pick<UnitEntry, 'cmsId' | 'code' | 'level' | 'name' | 'parentId'>): UnitEntry => ({
  slug: null,
  address: '',
  location: null,
  contact: { email: '', phone: '', website: '' },
  ...fields,
})
const units = new Map<string, UnitEntry>([
  [
    '1',
    unit({ cmsId: '1', name: 'Comitato Regionale Lazio', code: 'LAZ', level: 'regional', parentId: null }),
  ],
  ['2', unit({ cmsId: '2', name: 'Comitato di Roma', code: 'LAZ-RM', level: 'local', parentId: '1' })],
  ['3', unit({ cmsId: '3', name: 'Comitato di Latina', code: 'LAZ-LT', level: 'local', parentId: '1' })],
])
const doc = (fields: Partial<Replication>) =>
  ({
    id: 10,
    practice: 7,
    unit: 2,
    status: 'running',
    confirmedAt: '2026-05-01T00:00:00.000Z',
    ...fields,
  }) as Replication

describe('replicationsByPractice', () => {
  it('groups by origin practice, with unit and region, texts in the language or else another, by unit name', () => {
    const byId = new Map<string, Partial<Record<Locale, Replication>>>([
      ['10', { it: doc({ adaptations: 'Con le scuole' }), en: doc({ adaptations: '' }) }],
      ['11', { it: doc({ id: 11, unit: 3, status: 'planned', results: 'Bene' }) }],
      ['12', { it: doc({ id: 12, practice: 8, unit: 99 }) }],
    ])
    const grouped = replicationsByPractice({ byId, locale: 'en', units })
    const list = grouped.get('7') ?? []
    expect(list.map((r) => r.unit.code)).toEqual(['LAZ-LT', 'LAZ-RM'])
    expect(list[1]).toMatchObject({
      cmsId: '10',
      region: { code: 'LAZ', name: 'Comitato Regionale Lazio' },
      status: 'running',
      adaptations: 'Con le scuole',
      confirmedAt: '2026-05-01T00:00:00.000Z',
    })
    expect(list[0]?.results).toBe('Bene')
    // A unit the site does not know (not public) is left out.
    expect(grouped.has('8')).toBe(false)
  })
})
