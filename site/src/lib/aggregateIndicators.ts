import type { IndicatorEntry, PracticeEntry } from './types'

import { regionKey } from './regionKey'

/** One practice's part of a figure: its latest published measurement of the indicator. */
export interface ImpactContribution {
  slug: string
  title: string
  /** The language the title is in. */
  contentLocale: PracticeEntry['contentLocale']
  value: number
  date: string
}

/** A figure across practices: summed or averaged, with the practices behind it. */
export interface ImpactFigure {
  /** A region's key (its code in lower case, "national" for practices of the national level) or a theme's slug. */
  key: string
  label: string
  value: number
  practices: ImpactContribution[]
}

export interface IndicatorImpact {
  indicator: IndicatorEntry
  total: ImpactFigure
  byRegion: ImpactFigure[]
  byTheme: ImpactFigure[]
}

export const NATIONAL_KEY = 'national'

const combine = (aggregation: IndicatorEntry['aggregation'], values: number[]) => {
  const sum = values.reduce((a, b) => a + b, 0)
  return aggregation === 'average' ? sum / values.length : sum
}

/**
 * For each library indicator that adds up (sum or average), the figure across the given
 * (published) practices from each one's latest measurement, overall, by region (the region of
 * the practice's unit; practices of the national level together) and by theme (a practice counts
 * in each of its themes). Indicators no practice has measured yet are left out. Figures are
 * sorted by value, largest first; practices by title.
 */
export const aggregateIndicators = ({
  indicators,
  practices,
  themeNames,
  nationalLabel,
}: {
  indicators: IndicatorEntry[]
  practices: PracticeEntry[]
  /** Theme names by slug, in the page's language. */
  themeNames: Map<string, string>
  nationalLabel: string
}): IndicatorImpact[] =>
  indicators.flatMap((indicator) => {
    if (indicator.aggregation !== 'sum' && indicator.aggregation !== 'average') return []
    const rows = practices.flatMap((practice) => {
      const row = practice.qualityIndicators.find((q) => q.indicator === indicator.slug)
      const latest = row?.measurements.at(-1)
      return latest ? [{ practice, latest }] : []
    })
    if (!rows.length) return []
    const figure = (key: string, label: string, of: typeof rows): ImpactFigure => ({
      key,
      label,
      value: combine(
        indicator.aggregation,
        of.map((r) => r.latest.value),
      ),
      practices: of
        .map(({ practice, latest }) => ({
          slug: practice.slug,
          title: practice.title,
          contentLocale: practice.contentLocale,
          value: latest.value,
          date: latest.date,
        }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    })
    const groups = (keysOf: (r: (typeof rows)[number]) => { key: string; label: string }[]) => {
      const byKey = new Map<string, { label: string; rows: typeof rows }>()
      for (const r of rows)
        for (const { key, label } of keysOf(r)) {
          const group = byKey.get(key) ?? { label, rows: [] }
          group.rows.push(r)
          byKey.set(key, group)
        }
      return [...byKey]
        .map(([key, group]) => figure(key, group.label, group.rows))
        .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    }
    return [
      {
        indicator,
        total: figure('total', indicator.name, rows),
        byRegion: groups(({ practice }) => [
          practice.region
            ? { key: regionKey(practice.region.code), label: practice.region.name }
            : { key: NATIONAL_KEY, label: nationalLabel },
        ]),
        byTheme: groups(({ practice }) =>
          [...new Set(practice.themes)].map((slug) => ({ key: slug, label: themeNames.get(slug) ?? slug })),
        ),
      },
    ]
  })
