import type { IndicatorDirection } from './indicatorDirections'
import type { Translated } from './locales'

export const indicatorDirectionLabels: Record<IndicatorDirection, Translated> = {
  higher: {
    it: 'Più alto è meglio',
    en: 'Higher is better',
    fr: 'Plus haut, c’est mieux',
    es: 'Cuanto más alto, mejor',
  },
  lower: {
    it: 'Più basso è meglio',
    en: 'Lower is better',
    fr: 'Plus bas, c’est mieux',
    es: 'Cuanto más bajo, mejor',
  },
}
