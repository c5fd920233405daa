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
]

/**
 * `measurements.csv`: one row per published measurement, oldest first within a practice's
 * indicator. `indicator` is the library indicator's slug; a custom indicator has none and is
 * named in `custom_indicator` (in the practice's original language) instead. Nobody is named.
 */
export const measurementsCsv = (practices: OpenDataPractice[]): string =>
  toCsv(
    practices.flatMap((p) =>
      p.qualityIndicators.flatMap((q) =>
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
        })),
      ),
    ),
    COLUMNS,
  )
