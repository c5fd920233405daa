import type { IndicatorAggregation } from './indicatorAggregations'
import type { Translated } from './locales'

export const indicatorAggregationLabels: Record<IndicatorAggregation, Translated> = {
  sum: { it: 'Somma', en: 'Sum', fr: 'Somme', es: 'Suma' },
  average: { it: 'Media', en: 'Average', fr: 'Moyenne', es: 'Media' },
  none: { it: 'Non si somma', en: 'Does not add up', fr: 'Ne s’additionne pas', es: 'No se suma' },
}
