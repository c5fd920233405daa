import { indicatorDirectionLabels } from '@redcloud/cms/contract'

import type { Locale } from '../locales'
import type { PracticeIndicator } from '../types'
import type { translator } from '../translator'

/**
 * What an indicator's chart shows, in words, for its <desc>: the measurements (how many, when,
 * range, latest), the baseline, the target and, for a library indicator, which way is better.
 * Values come with their unit.
 */
export const indicatorChartDescription = ({
  indicator: q,
  locale,
  t,
  formatValue,
  formatDate,
}: {
  indicator: PracticeIndicator
  locale: Locale
  t: ReturnType<typeof translator>
  formatValue: (value: number) => string
  formatDate: (date: string) => string
}): string => {
  const value = (n: number) => (q.unit ? `${formatValue(n)} ${q.unit}` : formatValue(n))
  const list = q.measurements
  const values = list.map((m) => m.value)
  const first = list[0]
  const last = list.at(-1)
  const parts = [
    !first || !last
      ? t('chart.none')
      : list.length === 1
        ? t('chart.one', { value: value(first.value), date: formatDate(first.date) })
        : t('chart.many', {
            n: list.length,
            first: formatDate(first.date),
            last: formatDate(last.date),
            min: value(Math.min(...values)),
            max: value(Math.max(...values)),
            value: value(last.value),
          }),
  ]
  if (q.baseline !== null)
    parts.push(
      q.baselineDate
        ? t('chart.baselineDated', { value: value(q.baseline), date: formatDate(q.baselineDate) })
        : t('chart.baseline', { value: value(q.baseline) }),
    )
  if (q.target !== null)
    parts.push(
      q.targetDate
        ? t('chart.targetDated', { value: value(q.target), date: formatDate(q.targetDate) })
        : t('chart.target', { value: value(q.target) }),
    )
  if (q.direction) parts.push(`${indicatorDirectionLabels[q.direction][locale]}.`)
  return parts.join(' ')
}
