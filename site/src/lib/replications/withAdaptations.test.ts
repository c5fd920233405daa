import { describe, expect, it } from 'vitest'

import type { PracticeEntry, ReplicationEntry } from '../types'

import { withAdaptations } from './withAdaptations'

const unit = (code: string) => ({ id: code, name: `Comitato ${code}`, slug: code, code, level: 'local' })
const practice = (id: string, unitCode: string, extra: Partial<PracticeEntry> = {}) =>
  ({
    cmsId: id,
    slug: `p-${id}`,
    title: `Pratica ${id}`,
    locale: 'it',
    unit: unit(unitCode),
    region: null,
    activity: { status: '', startDate: '2026-01-01', endDate: '' },
    publishedAt: '2026-06-01T00:00:00Z',
    replications: [],
    adaptedFrom: null,
    ...extra,
  }) as unknown as PracticeEntry
const replication = (unitCode: string) =>
  ({
    cmsId: `r-${unitCode}`,
    unit: unit(unitCode),
    status: 'running',
    adaptation: null,
  }) as unknown as ReplicationEntry

describe('withAdaptations: a published adaptation is one of its origin’s replications', () => {
  it('adds a unit known only by its adaptation, merges into a unit that declared one too, never the origin’s own unit', () => {
    const [origin] = withAdaptations([
      practice('1', 'LOM-MI', { replications: [replication('LAZ-RM')] }),
      practice('2', 'LAZ-RM', { adaptedFrom: '1' }),
      practice('3', 'PIE-TO', { adaptedFrom: '1' }),
      practice('4', 'LOM-MI', { adaptedFrom: '1' }),
    ])
    expect(origin!.replications.map((r) => [r.unit.code, r.cmsId, r.adaptation?.slug])).toEqual([
      ['LAZ-RM', 'r-LAZ-RM', 'p-2'],
      ['PIE-TO', '', 'p-3'],
    ])
    const piemonte = origin!.replications[1]!
    expect(piemonte.status).toBe('')
    expect(piemonte.confirmedAt).toBe('2026-06-01T00:00:00Z')
  })

  it('leaves practices without adaptations as they are', () => {
    const alone = practice('9', 'LOM-MI', { replications: [replication('LAZ-RM')] })
    expect(withAdaptations([alone])[0]).toBe(alone)
  })
})
