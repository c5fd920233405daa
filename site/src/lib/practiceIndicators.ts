import type { Locale } from './locales'
import type { IndicatorEntry, MeasurementPoint, PracticeIndicator } from './types'

import { idOf } from './idOf'

/** A practice's indicator row as the CMS answers it at depth 0 (CONTRACT-12). */
export interface IndicatorRow {
  id?: null | string
  key?: null | string
  indicator?: unknown
  custom?: boolean | null
  name?: null | string
  unit?: null | string
  baseline?: null | number
  baselineDate?: null | string
  target?: null | number
  targetDate?: null | string
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const num = (value: unknown): null | number =>
  typeof value === 'number' && Number.isFinite(value) ? value : null
const day = (value: unknown): null | string => /^\d{4}-\d{2}-\d{2}/.exec(text(value))?.[0] ?? null

/**
 * A practice's indicators in one language: a library pick takes its name, definition, unit and
 * direction from the library (in this language, or its fallback); a custom one its own name
 * (from `named`, the rows of the language the practice's indicator texts are shown in) and unit.
 * Each gets its published measurements, oldest first. Rows with no name anywhere are left out.
 */
export const practiceIndicators = ({
  rows,
  named,
  namedLocale,
  library,
  measurements,
}: {
  rows: IndicatorRow[]
  named: IndicatorRow[]
  namedLocale: Locale
  /** The library in this language, by CMS id. */
  library: Map<string, IndicatorEntry>
  /** This practice's measurements by row key. */
  measurements: Map<string, MeasurementPoint[]>
}): PracticeIndicator[] =>
  rows.flatMap((row, index) => {
    const key = text(row.key) || text(row.id)
    const libraryId = idOf(row.indicator)
    const picked = libraryId ? library.get(libraryId) : undefined
    const own = (key && named.find((r) => text(r.key) === key)) || named[index]
    const name = picked?.name || text(own?.name) || text(row.name)
    if (!name) return []
    return [
      {
        key,
        indicator: picked?.slug ?? null,
        custom: !picked,
        name,
        definition: picked?.definition ?? '',
        unit: picked ? picked.unit : text(row.unit),
        direction: picked?.direction ?? null,
        contentLocale: picked?.contentLocale ?? namedLocale,
        baseline: num(row.baseline),
        baselineDate: day(row.baselineDate),
        target: num(row.target),
        targetDate: day(row.targetDate),
        measurements: [...(measurements.get(key) ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
      },
    ]
  })
