import type { Replication } from '@redcloud/cms/payload-types'

import type { Locale } from './locales'
import type { ReplicationEntry, ReplicationMeasurement, UnitEntry } from './types'

import { idOf } from './idOf'
import { LOCALES } from './locales'

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** A localized text in `locale`, else in the first language that has it. */
const inLocale = (
  byLocale: Partial<Record<Locale, Replication>>,
  locale: Locale,
  field: 'adaptations' | 'results',
) => text(byLocale[locale]?.[field]) || LOCALES.map((l) => text(byLocale[l]?.[field])).find(Boolean) || ''

/**
 * The confirmed replications (as the CMS gives them to anonymous visitors, read once per
 * language) grouped by their origin practice's id, in one language, each with its unit and that
 * unit's region; by unit name within a practice.
 */
export const replicationsByPractice = ({
  byId,
  locale,
  units,
  measurements = new Map(),
}: {
  byId: Map<string, Partial<Record<Locale, Replication>>>
  locale: Locale
  units: Map<string, UnitEntry>
  /** Confirmed figures by replication id (groupReplicationMeasurements). */
  measurements?: Map<string, ReplicationMeasurement[]>
}): Map<string, ReplicationEntry[]> => {
  const grouped = new Map<string, ReplicationEntry[]>()
  for (const byLocale of byId.values()) {
    const any = LOCALES.map((l) => byLocale[l]).find(Boolean)
    if (!any) continue
    const practiceId = idOf(any.practice)
    const unitId = idOf(any.unit)
    const unit = unitId ? units.get(unitId) : undefined
    if (!practiceId || !unit) continue
    const regionUnit =
      unit.level === 'regional'
        ? unit
        : unit.level === 'local' && unit.parentId
          ? units.get(unit.parentId)
          : undefined
    const entry: ReplicationEntry = {
      cmsId: String(any.id),
      unit: { id: unit.cmsId, name: unit.name, code: unit.code },
      region: regionUnit ? { id: regionUnit.cmsId, name: regionUnit.name, code: regionUnit.code } : null,
      status: text(any.status),
      startDate: text(any.startDate),
      endDate: text(any.endDate),
      adaptations: inLocale(byLocale, locale, 'adaptations'),
      results: inLocale(byLocale, locale, 'results'),
      confirmedAt: text(any.confirmedAt) || text(any.updatedAt),
      adaptation: null,
      measurements: measurements.get(String(any.id)) ?? [],
    }
    grouped.set(practiceId, [...(grouped.get(practiceId) ?? []), entry])
  }
  for (const list of grouped.values()) list.sort((a, b) => a.unit.name.localeCompare(b.unit.name, locale))
  return grouped
}
