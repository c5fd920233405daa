import type { OpenDataPractice } from './openDataRecords'

import { toCsv } from './toCsv'

const COLUMNS = [
  'practice_id',
  'practice_slug',
  'indicator',
  'custom_indicator',
  'unit',
  'date',
  'value',
  'source',
  'licence',
  'replication_id',
  'replicating_unit',
]

/**
 * `measurements.csv`: one row per published measurement, oldest first within a practice's
 * indicator. `indicator` is the library indicator's slug; a custom indicator has none and is
 * named in `custom_indicator` (in the practice's original language) instead. A replication's
 * figures for the origin's indicators follow, with the replication and its unit's code. Nobody is named.
 */
export const measurementsCsv = (practices: OpenDataPractice[]): string =>
  toCsv(
    practices.flatMap((p) =>
      p.qualityIndicators
        .flatMap((q) =>
          q.measurements.map((m) => ({
            practice_id: p.id,
            practice_slug: p.slug,
            indicator: q.indicator ?? '',
            custom_indicator: q.indicator ? '' : q.name,
            unit: q.unit,
            date: m.date,
            value: m.value,
            source: m.source,
            licence: 'CC BY 4.0',
            replication_id: '',
            replicating_unit: '',
          })),
        )
        .concat(
          p.replications.flatMap((r) =>
            r.measurements.map((m) => ({
              practice_id: p.id,
              practice_slug: p.slug,
              indicator: m.indicator ?? '',
              custom_indicator: m.indicator ? '' : m.name,
              unit: m.unit,
              date: m.date,
              value: m.value,
              source: m.source,
              licence: 'CC BY 4.0',
              replication_id: r.id ?? '',
              replicating_unit: r.unit.code,
            })),
          ),
        ),
    ),
    COLUMNS,
  )
